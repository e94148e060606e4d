package org.ptzcam.device.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code meta} table: which ptzcam created this database and at which schema version. */
final class Meta {
    static final String SCHEMA_VERSION = "schema_version";
    static final String CREATED_BY_VERSION = "created_by_version";
    /** The ptzcam version that last changed the schema: the one named when we refuse a newer database. */
    static final String SCHEMA_WRITTEN_BY_VERSION = "schema_written_by_version";

    private Meta() {
    }

    static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
