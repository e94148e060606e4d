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
            FileErrors.syncDirectory(layout.dir());
        } catch (IOException e) {
            throw new DeviceStartException("cannot make the reset of " + dir + " durable (" + FileErrors.reason(e)
                    + "); run factory-default again", e);
        }
        LOG.info("factory default: removed settings and certificate from {}; identity kept", layout.dir());
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
