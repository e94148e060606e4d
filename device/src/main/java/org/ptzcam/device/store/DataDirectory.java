package org.ptzcam.device.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ptzcam.device.DeviceStartException;

/** Creates the data directory on first boot and checks that we can work in it. */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** Returns the directory as a real (absolute, symlink-free) path, creating it (and its parents) when missing. */
    public static Path prepare(Path dataDir) throws DeviceStartException {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DeviceStartException("data directory " + dir
                    + " is not a directory; use another --data-dir");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DeviceStartException("cannot create data directory " + dir + " ("
                    + FileErrors.reason(e) + "); choose a writable --data-dir", e);
        }
        if (!Files.isWritable(dir)) {
            throw new DeviceStartException("data directory " + dir
                    + " is not writable; fix its permissions or use another --data-dir");
        }
        try {
            return dir.toRealPath(); // one spelling per directory, so locks compare equal
        } catch (IOException e) {
            throw new DeviceStartException("cannot use data directory " + dir + " ("
                    + FileErrors.reason(e) + "); choose another --data-dir", e);
        }
    }
}
