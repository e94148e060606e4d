package org.ptzcam.rtsp.server;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The server's sessions by id, with the viewer limit and idle expiry. Thread-safe. */
final class SessionRegistry {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final int maxViewers;

    SessionRegistry(int maxViewers) {
        this.maxViewers = maxViewers;
    }

    /** A new session, or null when the viewer limit is reached. */
    synchronized Session create(Function<String, Session> factory) {
        if (sessions.size() >= maxViewers) {
            return null;
        }
        String id;
        do {
            byte[] b = new byte[8];
            random.nextBytes(b);
            id = HexFormat.of().withUpperCase().formatHex(b);
        } while (sessions.containsKey(id));
        Session s = factory.apply(id);
        sessions.put(id, s);
        return s;
    }

    Session get(String id) {
        return sessions.get(id);
    }

    void remove(Session s) {
        sessions.remove(s.id(), s);
    }

    int size() {
        return sessions.size();
    }

    /** Sessions idle longer than {@code timeoutNanos}, removed from the registry. */
    List<Session> expire(long timeoutNanos) {
        long now = System.nanoTime();
        List<Session> old = sessions.values().stream().filter(s -> s.idleNanos(now) > timeoutNanos).toList();
        old.forEach(this::remove);
        return old;
    }

    List<Session> all() {
        return List.copyOf(sessions.values());
    }
}
