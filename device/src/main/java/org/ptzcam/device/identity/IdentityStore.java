package org.ptzcam.device.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.random.RandomGenerator;
import org.ptzcam.device.DeviceStartException;
import org.ptzcam.device.store.DataDirLayout;
import org.ptzcam.device.store.FileErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's burned-in identity (MAC, hence serial), created at first boot in a file of its own.
 * It lives outside the database on purpose: factory default wipes settings, accounts and the
 * certificate, but a real camera keeps its serial number and MAC address, and so does ours.
 */
public final class IdentityStore {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityStore.class);

    private IdentityStore() {
    }

    public static StoredIdentity loadOrCreate(DataDirLayout layout, Clock clock, RandomGenerator random)
            throws DeviceStartException {
        Path file = layout.identityFile();
        if (Files.exists(file)) {
            return load(file);
        }
        StoredIdentity created = new StoredIdentity(MacAddress.random(random), clock.instant());
        write(layout, created);
        LOG.info("first boot: created identity serial {} MAC {}", created.serialNumber(), created.macAddress());
        return created;
    }

    private static StoredIdentity load(Path file) throws DeviceStartException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new StoredIdentity(MacAddress.parse(p.getProperty("mac", "")),
                    Instant.parse(p.getProperty("createdAt", "")));
        } catch (IOException e) {
            throw new DeviceStartException("cannot read the camera identity " + file + " ("
                    + FileErrors.reason(e) + "); fix its permissions", e);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new DeviceStartException("the camera identity " + file + " is damaged (" + e.getMessage()
                    + "); restore it from a backup, or delete it to give the camera a new serial number", e);
        }
    }

    /** Temp file, fsync, atomic rename, directory fsync: a crash leaves the old state or the new one. */
    private static void write(DataDirLayout layout, StoredIdentity identity) throws DeviceStartException {
        Path tmp = layout.identityFileTemporary();
        Properties p = new Properties();
        p.setProperty("mac", identity.macAddress().colonForm());
        p.setProperty("createdAt", identity.createdAt().toString());
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "ptzcam camera identity: kept by factory default, like a real camera's serial number");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, layout.identityFile(), StandardCopyOption.ATOMIC_MOVE);
            FileErrors.syncDirectory(layout.dir());
        } catch (IOException e) {
            throw new DeviceStartException("cannot write the camera identity " + layout.identityFile() + " ("
                    + FileErrors.reason(e) + "); check free disk space and permissions", e);
        }
    }
}
