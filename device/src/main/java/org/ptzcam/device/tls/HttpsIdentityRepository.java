package org.ptzcam.device.tls;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.ptzcam.device.store.Database;

/** The {@code https_identity} table: one row, the PKCS12 bytes and their password. */
public final class HttpsIdentityRepository {
    private final Database database;

    public HttpsIdentityRepository(Database database) {
        this.database = database;
    }

    record Stored(byte[] keyStore, String password, Instant createdAt) {
    }

    Optional<Stored> load() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT keystore, password, created_at FROM https_identity WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(row.getBytes(1), row.getString(2), Instant.parse(row.getString(3))));
            }
        });
    }

    /** Replaces the one row (an uploaded certificate, or the revert to the self-signed one). */
    void replace(Stored stored) {
        database.transaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT OR REPLACE INTO https_identity (id, keystore, password, created_at) VALUES (1, ?, ?, ?)")) {
                upsert.setBytes(1, stored.keyStore());
                upsert.setString(2, stored.password());
                upsert.setString(3, stored.createdAt().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    void save(Stored stored) {
        database.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO https_identity (id, keystore, password, created_at) VALUES (1, ?, ?, ?)")) {
                insert.setBytes(1, stored.keyStore());
                insert.setString(2, stored.password());
                insert.setString(3, stored.createdAt().toString());
                insert.executeUpdate();
            }
            return null;
        });
    }
}
