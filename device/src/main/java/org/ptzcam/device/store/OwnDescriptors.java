package org.ptzcam.device.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process already has a file open, read from Linux's {@code /proc/self/fd}. */
final class OwnDescriptors {
    private static final Path FDS = Path.of("/proc/self/fd");

    private OwnDescriptors() {
    }

    /** False when unknown (no /proc): the caller then falls back on the JDK's own lock table. */
    static boolean isOpen(Path file) {
        if (!Files.isDirectory(FDS) || !Files.exists(file)) {
            return false;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return false;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                if (pointsTo(fd, target)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean pointsTo(Path fd, Path target) {
        try {
            return Files.readSymbolicLink(fd).equals(target);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // closed meanwhile, or not a link
        }
    }
}
