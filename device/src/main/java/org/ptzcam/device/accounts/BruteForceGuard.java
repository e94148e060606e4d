package org.ptzcam.device.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-address back-off after failed logins: {@link #FREE_FAILURES} failures are free, then each
 * further one doubles the wait (1 s, 2 s, 4 s … at most {@link #MAX_WAIT}). Only the failing
 * address waits, and never for long, so no one can lock every administrator out. Failures are
 * forgotten after {@link #FORGET_AFTER} without one, or at the first success. At most
 * {@link #MAX_ADDRESSES} addresses are remembered (the least recently failing are dropped).
 */
public final class BruteForceGuard {

    public static final int FREE_FAILURES = 5;
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    public static final int MAX_ADDRESSES = 10_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public BruteForceGuard(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait before its next try counts; empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String address) {
        Failures f = current(address);
        if (f == null || f.blockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.blockedUntil());
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Counts a failed login; returns the wait it imposes (zero while failures are still free). */
    public synchronized Duration failed(String address) {
        Instant now = clock.instant();
        Failures f = current(address);
        int count = f == null ? 1 : f.count() + 1;
        Duration wait = Duration.ZERO;
        if (count > FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES - 1, 16);
            wait = Duration.ofSeconds(1L << doublings);
            if (wait.compareTo(MAX_WAIT) > 0) {
                wait = MAX_WAIT;
            }
        }
        byAddress.put(address, new Failures(count, now, wait.isZero() ? null : now.plus(wait)));
        return wait;
    }

    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private Failures current(String address) {
        Failures f = byAddress.get(address);
        if (f != null && f.last().plus(FORGET_AFTER).isBefore(clock.instant())) {
            byAddress.remove(address);
            return null;
        }
        return f;
    }
}
