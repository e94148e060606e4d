package org.ptzcam.device.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The names of the files this module keeps in a data directory. Factory default deletes exactly
 * {@link #stateFiles()} and nothing else, so everything we create must be listed here.
 *
 * @param dir the data directory, absolute and normalised
 */
public record DataDirLayout(Path dir) {
    public static final String DATABASE = "ptzcam.db";
    public static final String CERTIFICATE_PEM = "https-certificate.pem";
    public static final String LOCK = ".lock";
    public static final String IDENTITY = "device-identity.properties";
    public static final String OVERLAY_IMAGES = "overlays";

    public DataDirLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    /** The SQLite database: settings and the HTTPS key store. */
    public Path database() {
        return dir.resolve(DATABASE);
    }

    /** A copy of the HTTPS certificate (public part only) for clients that want to trust it. */
    public Path certificatePem() {
        return dir.resolve(CERTIFICATE_PEM);
    }

    /** Where the PEM copy is written before it atomically replaces {@link #certificatePem()}. */
    public Path certificatePemTemporary() {
        return sibling(certificatePem(), ".tmp");
    }

    /** The burned-in identity (MAC, serial); kept by factory default, like a real camera's. */
    public Path identityFile() {
        return dir.resolve(IDENTITY);
    }

    /** Where a new identity is written before it atomically becomes {@link #identityFile()}. */
    public Path identityFileTemporary() {
        return sibling(identityFile(), ".tmp");
    }

    /** The uploaded overlay images ("Manage images"); factory default empties it. */
    public Path overlayImagesDir() {
        return dir.resolve(OVERLAY_IMAGES);
    }

    /** Held while a camera runs on this directory; never deleted (see {@link DataDirLock}). */
    public Path lockFile() {
        return dir.resolve(LOCK);
    }

    /**
     * Every file holding camera state, in safe deletion order: the database before its journal
     * (SQLite ignores a journal left beside an empty or missing database).
     */
    public List<Path> stateFiles() {
        Path db = database();
        return List.of(certificatePem(), certificatePemTemporary(), identityFileTemporary(), db,
                sibling(db, "-journal"), sibling(db, "-wal"), sibling(db, "-shm"));
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
