package org.ptzcam.device.overlay;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ptzcam.device.overlay.OverlayException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Manage images": the uploaded PNG/BMP overlay images, one file each in the data directory's
 * {@code overlays/} folder. Names are checked against a strict pattern and resolved inside that
 * folder only; an upload is decoded and checked in memory and written (temp file, fsync, atomic
 * rename) only when it passes, so a refused upload leaves nothing behind.
 */
public final class OverlayImages {

    private static final Logger log = LoggerFactory.getLogger(OverlayImages.class);

    /** Largest accepted upload (bytes of the file). */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** Most images kept. */
    public static final int MAX_IMAGES = 32;
    /** Letters, digits, dot, dash, underscore; starts with a letter or digit; ends in .png or .bmp. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}\\.(?i:png|bmp)");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Path dir;

    public OverlayImages(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /**
     * Checks a name a client sent (a browser may send a whole path: only its last segment counts)
     * and returns the stored name.
     */
    public static String sanitise(String clientName) throws OverlayException {
        if (clientName == null || clientName.isBlank()) {
            throw new OverlayException(Reason.MISSING, "name", "image file name missing");
        }
        String last = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        if (!NAME.matcher(last).matches() || last.contains("..")) {
            throw new OverlayException(Reason.INVALID_VALUE, "name", "image file name '" + clientName
                    + "' not accepted: use letters, digits, '.', '-', '_' (at most 64) ending in .png or .bmp");
        }
        return last;
    }

    /**
     * Stores an upload after checking it: a PNG or BMP, at most {@link #MAX_FILE_BYTES}, no larger
     * than {@code maxWidth × maxHeight} (the largest stream). Replaces an image of the same name.
     */
    public synchronized OverlayImageFile store(String clientName, byte[] data, int maxWidth, int maxHeight)
            throws OverlayException {
        String name = sanitise(clientName);
        if (data.length > MAX_FILE_BYTES) {
            throw new OverlayException(Reason.INVALID_VALUE, "file", "image is " + data.length
                    + " bytes; the limit is " + MAX_FILE_BYTES + " bytes");
        }
        String format = formatOf(data);
        if (format == null) {
            throw new OverlayException(Reason.INVALID_VALUE, "file", "not a PNG or BMP image");
        }
        // the size from the header first: a small file may declare a picture of gigabytes (a
        // decompression bomb), which decoding would try to allocate
        int[] declared = declaredSize(data);
        if (declared != null) {
            checkFits(declared[0], declared[1], maxWidth, maxHeight);
        }
        BufferedImage image = decode(data);
        if (image == null) {
            throw new OverlayException(Reason.INVALID_VALUE, "file", "the " + format + " image cannot be decoded");
        }
        checkFits(image.getWidth(), image.getHeight(), maxWidth, maxHeight);
        Path target = resolve(name);
        if (!Files.exists(target) && list().size() >= MAX_IMAGES) {
            throw new OverlayException(Reason.LIMIT, "file", "at most " + MAX_IMAGES + " images; remove one first");
        }
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve("." + name + ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(data));
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OverlayException(Reason.INTERNAL, "file", "cannot store image " + name + ": " + e.getMessage());
        }
        log.info("overlay image {} stored ({}x{}, {} bytes)", name, image.getWidth(), image.getHeight(), data.length);
        return new OverlayImageFile(name, image.getWidth(), image.getHeight(), data.length);
    }

    /** The stored images, by name. */
    public synchronized List<OverlayImageFile> list() {
        List<OverlayImageFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isRegularFile(p)) {
                    BufferedImage image = read(name);
                    if (image != null) {
                        files.add(new OverlayImageFile(name, image.getWidth(), image.getHeight(), Files.size(p)));
                    }
                }
            }
        } catch (IOException e) {
            log.warn("cannot list overlay images in {}: {}", dir, e.getMessage());
        }
        return files;
    }

    public synchronized boolean exists(String name) {
        try {
            return Files.isRegularFile(resolve(sanitise(name)));
        } catch (OverlayException e) {
            return false;
        }
    }

    /** Decodes a stored image, or null when it is absent or unreadable. */
    public BufferedImage read(String name) {
        try {
            Path p = resolve(sanitise(name));
            return Files.isRegularFile(p) ? decode(Files.readAllBytes(p)) : null;
        } catch (OverlayException | IOException e) {
            log.warn("overlay image {} unreadable: {}", name, e.getMessage());
            return null;
        }
    }

    public synchronized void delete(String name) throws OverlayException {
        Path p = resolve(sanitise(name));
        try {
            if (!Files.deleteIfExists(p)) {
                throw new OverlayException(Reason.NOT_FOUND, "name", "no image named " + name);
            }
        } catch (IOException e) {
            throw new OverlayException(Reason.INTERNAL, "name", "cannot delete " + name + ": " + e.getMessage());
        }
        log.info("overlay image {} deleted", name);
    }

    private Path resolve(String sanitisedName) throws OverlayException {
        Path p = dir.resolve(sanitisedName).normalize();
        if (!p.getParent().equals(dir)) {
            throw new OverlayException(Reason.INVALID_VALUE, "name", "image name escapes the image folder");
        }
        return p;
    }

    private static String formatOf(byte[] data) {
        if (data.length >= 8 && java.util.Arrays.equals(data, 0, 8, PNG_MAGIC, 0, 8)) {
            return "PNG";
        }
        if (data.length >= 26 && data[0] == 'B' && data[1] == 'M') {
            return "BMP";
        }
        return null;
    }

    private static void checkFits(int w, int h, int maxWidth, int maxHeight) throws OverlayException {
        if (w > maxWidth || h > maxHeight) {
            throw new OverlayException(Reason.INVALID_VALUE, "file", "image is " + w + "x" + h
                    + ", larger than the stream (" + maxWidth + "x" + maxHeight + ")");
        }
    }

    /** Width and height as the file's header declares them, without decoding pixels; null if unreadable. */
    private static int[] declaredSize(byte[] data) {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null; // decoding reports it
        }
    }

    private static BufferedImage decode(byte[] data) {
        if (formatOf(data) == null) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            // ImageIO throws unchecked exceptions on some malformed files: still just "not decodable"
            log.info("overlay image rejected: {}", e.toString());
            return null;
        }
    }

}
