package org.ptzcam.http.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Logins of the browser page: a random session id in an HttpOnly, SameSite=Strict cookie and a
 * CSRF token the page sends back in {@code X-CSRF-Token} on every request that changes something.
 * Sessions end after {@link #IDLE} without use; at most {@link #MAX_SESSIONS} live (the oldest go).
 */
public final class BrowserSessions {

    public static final String COOKIE = "ptzcam_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final int MAX_SESSIONS = 256;

    /** One login: whose, its CSRF token, and when it was last used. */
    public record Session(String id, String user, String csrf, Instant lastUse) {
    }

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    public BrowserSessions(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public synchronized Session create(String user) {
        Session s = new Session(token(), user, token(), clock.instant());
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, refreshed; empty if unknown or idle too long. */
    public synchronized Optional<Session> use(String id) {
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastUse().plus(IDLE).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session fresh = new Session(s.id(), s.user(), s.csrf(), now);
        sessions.put(id, fresh);
        return Optional.of(fresh);
    }

    public synchronized void end(String id) {
        sessions.remove(id);
    }

    private String token() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
