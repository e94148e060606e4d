package org.ptzcam.device.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.device.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins, failures and account changes, kept in SQLite and bounded to {@link #MAX_ENTRIES} (the
 * oldest go first). Successful logins are recorded at most once per user and address per
 * {@link #LOGIN_QUIET_SECONDS}, because Digest clients authenticate every request.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    public static final int MAX_ENTRIES = 2000;
    static final long LOGIN_QUIET_SECONDS = 600;

    private final Database database;
    private final Clock clock;
    private final java.util.Map<String, Instant> lastLogin = new java.util.concurrent.ConcurrentHashMap<>();

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records one event (and logs it). */
    public void record(String kind, String user, String address, String detail) {
        Instant now = clock.instant();
        LOG.info("audit {} user={} from={} {}", kind, user, address, detail);
        database.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit (at, kind, user, address, detail) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement trim = c.prepareStatement(
                         "DELETE FROM audit WHERE id <= (SELECT MAX(id) FROM audit) - ?")) {
                insert.setString(1, now.toString());
                insert.setString(2, kind);
                insert.setString(3, user);
                insert.setString(4, address);
                insert.setString(5, detail);
                insert.executeUpdate();
                trim.setInt(1, MAX_ENTRIES);
                trim.executeUpdate();
            }
            return null;
        });
    }

    /** A successful login, recorded unless the same user logged in from there recently. */
    public void login(String user, String address, String detail) {
        Instant now = clock.instant();
        String key = user + "@" + address;
        Instant last = lastLogin.get(key);
        if (last != null && last.plusSeconds(LOGIN_QUIET_SECONDS).isAfter(now)) {
            return;
        }
        if (lastLogin.size() > 4096) {
            lastLogin.clear(); // bounded; forgetting only makes the log a little chattier
        }
        lastLogin.put(key, now);
        record("login", user, address, detail);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return database.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, at, kind, user, address, detail FROM audit ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, Math.max(0, limit));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new AuditEntry(r.getLong(1), Instant.parse(r.getString(2)), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
