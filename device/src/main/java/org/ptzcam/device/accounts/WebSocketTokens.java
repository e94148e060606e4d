package org.ptzcam.device.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The short-lived tokens of {@code wssession.cgi} and {@code rtspwssession.cgi} (vapix.md §1.2):
 * an authenticated caller asks for one, then opens a WebSocket with {@code ?wssession=<token>}
 * (events) or {@code ?rtspwssession=<token>} (RTSP over WebSocket), because browsers cannot send
 * Authorization on an upgrade. A token is 128 random bits, lives 15 s and is accepted once, for the
 * kind it was issued for; after that the WebSocket itself is the session.
 */
public final class WebSocketTokens {

    /** Which WebSocket a token opens. */
    public enum Kind { EVENTS, RTSP }

    /** vapix.md §1.2: tokens live 15 s. */
    public static final Duration LIFETIME = Duration.ofSeconds(15);
    /** Tokens waiting at once; beyond it the oldest is dropped (a client asking in a loop cannot grow memory). */
    public static final int MAX_OUTSTANDING = 1024;

    private record Issued(Kind kind, String user, Instant expires) {
    }

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Issued> tokens = new LinkedHashMap<>();

    public WebSocketTokens(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** A new token for {@code user}; valid once, for {@link #LIFETIME}. */
    public synchronized String issue(Kind kind, String user) {
        prune();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.put(token, new Issued(kind, user, clock.instant().plus(LIFETIME)));
        if (tokens.size() > MAX_OUTSTANDING) {
            Iterator<String> oldest = tokens.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return token;
    }

    /** The user the token was issued to, if it is known, of this kind and not expired; it is used up either way. */
    public synchronized Optional<String> redeem(Kind kind, String token) {
        if (token == null) {
            return Optional.empty();
        }
        Issued issued = tokens.remove(token);
        if (issued == null || issued.kind() != kind || !clock.instant().isBefore(issued.expires())) {
            return Optional.empty();
        }
        return Optional.of(issued.user());
    }

    private void prune() {
        Instant now = clock.instant();
        tokens.values().removeIf(t -> !now.isBefore(t.expires()));
    }
}
