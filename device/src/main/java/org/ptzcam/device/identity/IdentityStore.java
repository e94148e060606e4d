package org.ptzcam.device.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ptzcam.device.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the stored identity, creating it on first boot. */
public final class IdentityStore {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityStore.class);

    private IdentityStore() {
    }

    public static StoredIdentity loadOrCreate(Database database, Clock clock, RandomGenerator random) {
        Optional<StoredIdentity> existing = load(database);
        if (existing.isPresent()) {
            return existing.get();
        }
        StoredIdentity created = new StoredIdentity(MacAddress.random(random), clock.instant());
        database.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO identity (id, serial_number, mac_address, created_at) VALUES (1, ?, ?, ?)")) {
                insert.setString(1, created.serialNumber());
                insert.setString(2, created.macAddress().colonForm());
                insert.setString(3, created.createdAt().toString());
                insert.executeUpdate();
            }
            return null;
        });
        LOG.info("first boot: created identity serial {} MAC {}", created.serialNumber(), created.macAddress());
        return created;
    }

    private static Optional<StoredIdentity> load(Database database) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT mac_address, created_at FROM identity WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredIdentity(
                        MacAddress.parse(row.getString(1)), Instant.parse(row.getString(2))));
            }
        });
    }
}
