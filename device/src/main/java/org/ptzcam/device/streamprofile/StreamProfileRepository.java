package org.ptzcam.device.streamprofile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.ptzcam.device.store.Database;

/** The {@code stream_profile} table: one row per profile, keyed by its slot (the {@code S#} index). */
final class StreamProfileRepository {
    private final Database database;

    StreamProfileRepository(Database database) {
        this.database = database;
    }

    /** Every profile by slot, in slot order. */
    Map<Integer, StreamProfile> loadAll() {
        return database.read(c -> {
            Map<Integer, StreamProfile> all = new TreeMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT slot, name, description, parameters FROM stream_profile ORDER BY slot");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.put(rows.getInt(1), new StreamProfile(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return all;
        });
    }

    /** Replaces the whole table in one transaction (profiles are few; all-or-nothing is simplest). */
    void replaceAll(Map<Integer, StreamProfile> profiles) {
        database.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM stream_profile");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO stream_profile (slot, name, description, parameters) VALUES (?, ?, ?, ?)")) {
                delete.executeUpdate();
                for (Map.Entry<Integer, StreamProfile> e : profiles.entrySet()) {
                    insert.setInt(1, e.getKey());
                    insert.setString(2, e.getValue().name());
                    insert.setString(3, e.getValue().description());
                    insert.setString(4, e.getValue().parameters());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
