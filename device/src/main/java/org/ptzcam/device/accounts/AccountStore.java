package org.ptzcam.device.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.store.Database;

/** The {@code account} table: one row per account with its password hash and Digest HA1 values. */
final class AccountStore {

    /** What is stored for one account; the clear password never is. */
    record Row(Account account, String passwordHash, String ha1Md5, String ha1Sha256) {
    }

    private final Database database;

    AccountStore(Database database) {
        this.database = database;
    }

    List<Row> loadAll() {
        return database.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, role, ptz, comment, password_hash, ha1_md5, ha1_sha256 FROM account ORDER BY rowid");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(new Account(r.getString(1), AccessLevel.valueOf(r.getString(2)), r.getInt(3) != 0,
                            r.getString(4)), r.getString(5), r.getString(6), r.getString(7)));
                }
            }
            return rows;
        });
    }

    void insert(Row row, Instant now) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO account (name, role, ptz, comment, password_hash,"
                    + " ha1_md5, ha1_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, row);
                s.setString(8, now.toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    void update(Row row) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE account SET name = ?, role = ?, ptz = ?, comment = ?,"
                    + " password_hash = ?, ha1_md5 = ?, ha1_sha256 = ? WHERE name = ?")) {
                bind(s, row);
                s.setString(8, row.account().name());
                s.executeUpdate();
            }
            return null;
        });
    }

    void delete(String name) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM account WHERE name = ?")) {
                s.setString(1, name);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement s, Row row) throws SQLException {
        Account a = row.account();
        s.setString(1, a.name());
        s.setString(2, a.role().name());
        s.setInt(3, a.ptz() ? 1 : 0);
        s.setString(4, a.comment());
        s.setString(5, row.passwordHash());
        s.setString(6, row.ha1Md5());
        s.setString(7, row.ha1Sha256());
    }

}
