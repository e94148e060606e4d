package org.ptzcam.device.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout and how to get there from any older version. A new version appends one
 * entry to {@link #STEPS}; existing entries never change, because old data directories replay them.
 */
final class Schema {
    /** Version N is reached by running STEPS.get(N - 1). */
    private static final List<List<String>> STEPS = List.of(
            List.of( // 1: foundation
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE setting (path TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE https_identity (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            + " keystore BLOB NOT NULL, password TEXT NOT NULL, created_at TEXT NOT NULL)"),
            List.of( // 2: text and image overlays (Video > Overlays, dynamicoverlay.cgi)
                    "CREATE TABLE overlay (identity INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('text', 'image')),"
                            + " camera INTEGER NOT NULL, text TEXT, position TEXT NOT NULL, text_color TEXT,"
                            + " bg_color TEXT, ol_color TEXT, font_size INTEGER, image TEXT)"),
            List.of( // 3: accounts and the audit log
                    "CREATE TABLE account (name TEXT PRIMARY KEY, role TEXT NOT NULL, ptz INTEGER NOT NULL,"
                            + " comment TEXT NOT NULL, password_hash TEXT NOT NULL, ha1_md5 TEXT NOT NULL,"
                            + " ha1_sha256 TEXT NOT NULL, created_at TEXT NOT NULL)",
                    "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kind TEXT NOT NULL,"
                            + " user TEXT NOT NULL, address TEXT NOT NULL, detail TEXT NOT NULL)"),
            List.of( // 4: PTZ server presets, with the factory home position as preset 1
                    "CREATE TABLE ptz_preset (number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 256),"
                            + " name TEXT NOT NULL UNIQUE, pan REAL NOT NULL, tilt REAL NOT NULL,"
                            + " zoom REAL NOT NULL, focus REAL)",
                    "INSERT INTO ptz_preset (number, name, pan, tilt, zoom, focus) VALUES (1, 'Home', 0, 0, 1, NULL)"),
            List.of( // 5: stream profiles, with the four a camera ships with (factory default brings them back)
                    "CREATE TABLE stream_profile (slot INTEGER PRIMARY KEY CHECK (slot BETWEEN 0 AND 25),"
                            + " name TEXT NOT NULL UNIQUE, description TEXT NOT NULL, parameters TEXT NOT NULL)",
                    "INSERT INTO stream_profile VALUES (0, 'Quality', 'Best image quality and full frame rate',"
                            + " 'videocodec=h264&compression=20&fps=0&videokeyframeinterval=32')",
                    "INSERT INTO stream_profile VALUES (1, 'Balanced', 'Medium image quality and frame rate',"
                            + " 'videocodec=h264&resolution=1280x720&compression=30&fps=15&videokeyframeinterval=32')",
                    "INSERT INTO stream_profile VALUES (2, 'Bandwidth', 'Low bandwidth with medium image quality',"
                            + " 'videocodec=h264&resolution=800x450&compression=50&fps=15&videokeyframeinterval=64"
                            + "&videobitratemode=mbr&videomaxbitrate=1000')",
                    "INSERT INTO stream_profile VALUES (3, 'Mobile', 'Mobile device settings',"
                            + " 'videocodec=h264&resolution=640x360&compression=60&fps=15&videokeyframeinterval=32"
                            + "&videobitratemode=mbr&videomaxbitrate=500&audio=0')"));

    static final int CURRENT_VERSION = STEPS.size();

    private Schema() {
    }

    /** Brings a database at {@code from} (0 = empty) to the current version, in the caller's transaction. */
    static void migrate(Connection connection, int from, String buildVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = from + 1; version <= CURRENT_VERSION; version++) {
                for (String sql : STEPS.get(version - 1)) {
                    statement.executeUpdate(sql);
                }
            }
        }
        if (from == 0) {
            Meta.put(connection, Meta.CREATED_BY_VERSION, buildVersion);
        }
        Meta.put(connection, Meta.SCHEMA_VERSION, Integer.toString(CURRENT_VERSION));
        Meta.put(connection, Meta.SCHEMA_WRITTEN_BY_VERSION, buildVersion);
    }
}
