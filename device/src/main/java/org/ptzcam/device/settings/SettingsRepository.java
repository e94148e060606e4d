package org.ptzcam.device.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ptzcam.device.store.Database;

/**
 * The {@code setting} table. It holds only values that differ from the factory default, so the
 * table reads as "what the user changed" and factory default is simply an empty table.
 */
final class SettingsRepository {
    private final Database database;

    SettingsRepository(Database database) {
        this.database = database;
    }

    Map<String, String> loadAll() {
        return database.read(c -> {
            Map<String, String> stored = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT path, value FROM setting ORDER BY path");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
            return stored;
        });
    }

    /** Writes all changes in one transaction; a value equal to its default removes the row. */
    void write(Map<String, String> changes, Map<String, String> defaults) {
        database.transaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO setting (path, value) VALUES (?, ?)"
                    + " ON CONFLICT (path) DO UPDATE SET value = excluded.value");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM setting WHERE path = ?")) {
                for (Map.Entry<String, String> change : changes.entrySet()) {
                    if (change.getValue().equals(defaults.get(change.getKey()))) {
                        delete.setString(1, change.getKey());
                        delete.executeUpdate();
                    } else {
                        upsert.setString(1, change.getKey());
                        upsert.setString(2, change.getValue());
                        upsert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
