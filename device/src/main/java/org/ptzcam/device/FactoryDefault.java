package org.ptzcam.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ptzcam.device.store.DataDirLayout;
import org.ptzcam.device.store.DataDirLock;
import org.ptzcam.device.store.FileErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the state files listed by {@link DataDirLayout#stateFiles()} under the directory lock.
 * The lock file itself stays (see {@link DataDirLock}); so does anything we did not create.
 */
final class FactoryDefault {
    private static final Logger LOG = LoggerFactory.getLogger(FactoryDefault.class);

    private FactoryDefault() {
    }

    static void run(Path dataDir) throws DeviceStartException {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            LOG.info("data directory {} does not exist: nothing to reset", dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new DeviceStartException("data directory " + dir + " is not a directory; nothing was deleted");
        }
        DataDirLayout layout;
        try {
            layout = new DataDirLayout(dir.toRealPath());
        } catch (IOException e) {
            throw new DeviceStartException("cannot use data directory " + dir + " (" + FileErrors.reason(e) + ")", e);
        }
        try (DataDirLock lock = DataDirLock.acquire(layout)) {
            for (Path file : layout.stateFiles()) {
                delete(file);
            }
            deleteOverlayImages(layout.overlayImagesDir());
            FileErrors.syncDirectory(layout.dir());
        } catch (IOException e) {
            throw new DeviceStartException("cannot make the reset of " + dir + " durable (" + FileErrors.reason(e)
                    + "); run factory-default again", e);
        }
        LOG.info("factory default: removed settings and certificate from {}; identity kept", layout.dir());
    }

    /** The uploaded overlay images: the regular files directly in that folder, then the folder if empty. */
    private static void deleteOverlayImages(Path folder) throws DeviceStartException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            throw new DeviceStartException("cannot list " + folder + " (" + FileErrors.reason(e)
                    + "); fix its permissions and run factory-default again", e);
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.info("kept {}: {}", folder, FileErrors.reason(e)); // something we did not create is inside
        }
    }

    private static void delete(Path file) throws DeviceStartException {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.debug("deleted {}", file);
            }
        } catch (IOException e) {
            throw new DeviceStartException("cannot delete " + file + " (" + FileErrors.reason(e)
                    + "); fix its permissions and run factory-default again", e);
        }
    }
}
