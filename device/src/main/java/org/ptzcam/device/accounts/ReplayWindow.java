package org.ptzcam.device.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the (nonce, nc, cnonce) triples of qop=auth responses while their nonce is alive, so
 * a captured request cannot be played again. Clients that always send {@code nc=00000001} (the
 * Node VAPIX clients) still work, since they change cnonce every request. Bounded to
 * {@link #MAX_ENTRIES}: beyond it the oldest triples are forgotten early.
 */
final class ReplayWindow {

    static final int MAX_ENTRIES = 20_000;

    private final Clock clock;
    private final Duration keep;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    ReplayWindow(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** True the first time a triple is seen; false for a replay. */
    synchronized boolean firstUse(String nonce, String nc, String cnonce) {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Instant> e = it.next();
            if (seen.size() > MAX_ENTRIES || e.getValue().plus(keep).isBefore(now)) {
                it.remove();
            } else {
                break;
            }
        }
        return seen.putIfAbsent(nonce + ' ' + nc + ' ' + cnonce, now) == null;
    }
}
