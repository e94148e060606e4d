package org.ptzcam.device.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceStartException;

/**
 * Decides, by reading only, whether we may use an existing database file: it must be an intact
 * SQLite file, ours, and not from a newer schema. Nothing is written before this has passed.
 */
final class SchemaInspector {
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private SchemaInspector() {
    }

    /** The schema version found (0 for an empty database). */
    static int inspect(Connection connection, DataDirLayout layout, BuildInfo build) throws DeviceStartException {
        try {
            String check = quickCheck(connection);
            if (!"ok".equals(check)) {
                throw damaged(layout, null);
            }
            Set<String> tables = tables(connection);
            if (tables.isEmpty()) {
                return 0;
            }
            if (!tables.contains("meta")) {
                throw damaged(layout, null);
            }
            String stored = Meta.get(connection, Meta.SCHEMA_VERSION).orElse("");
            if (!stored.matches("\\d{1,9}")) {
                throw damaged(layout, null);
            }
            int version = Integer.parseInt(stored);
            if (version > Schema.CURRENT_VERSION) {
                String writer = Meta.get(connection, Meta.SCHEMA_WRITTEN_BY_VERSION)
                        .or(() -> metaQuietly(connection, Meta.CREATED_BY_VERSION)).orElse("(unknown version)");
                throw new DeviceStartException("data directory " + layout.dir() + " was written by ptzcam "
                        + writer + " (schema " + version + "), newer than this ptzcam " + build.version()
                        + " (schema " + Schema.CURRENT_VERSION + "); upgrade ptzcam or use another --data-dir");
            }
            return version;
        } catch (SQLException e) {
            throw unreadable(layout, e);
        }
    }

    /** The one line for a database SQLite cannot read. */
    static DeviceStartException unreadable(DataDirLayout layout, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
            return damaged(layout, e);
        }
        return new DeviceStartException("cannot read database file " + layout.database() + " (" + e.getMessage()
                + "); check the disk and permissions, or use another --data-dir", e);
    }

    private static DeviceStartException damaged(DataDirLayout layout, Exception cause) {
        return new DeviceStartException("database file " + layout.database()
                + " is damaged or not a ptzcam database; it was left untouched: move it away, or run"
                + " `ptzcam factory-default --data-dir " + layout.dir() + "` to delete it, or use another --data-dir",
                cause);
    }

    private static String quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA quick_check")) {
            return row.next() ? row.getString(1) : "no answer";
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static java.util.Optional<String> metaQuietly(Connection connection, String key) {
        try {
            return Meta.get(connection, key);
        } catch (SQLException e) {
            return java.util.Optional.empty();
        }
    }
}
