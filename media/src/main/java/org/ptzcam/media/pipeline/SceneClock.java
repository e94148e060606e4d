package org.ptzcam.media.pipeline;

import java.time.Clock;
import java.time.Instant;

/**
 * The time the simulated world shows. By default it is the device clock; it can start at another
 * instant (see a night scene at noon) and run at another rate — 0 freezes it, which makes frames
 * reproducible for tests.
 *
 * @param clock     the device clock
 * @param start     scene time at {@code startedAt}; null = the device clock's own time
 * @param rate      scene seconds per real second (1 = real time, 0 = frozen)
 * @param startedAt device-clock instant the scene clock started
 */
public record SceneClock(Clock clock, Instant start, double rate, Instant startedAt) {

    public SceneClock {
        if (rate < 0 || rate > 3600 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("scene time rate must be 0..3600, not " + rate);
        }
    }

    public static SceneClock realTime(Clock clock) {
        return new SceneClock(clock, null, 1, clock.instant());
    }

    public static SceneClock startingAt(Clock clock, Instant start, double rate) {
        return new SceneClock(clock, start, rate, clock.instant());
    }

    /** Scene time now, epoch milliseconds. */
    public long nowMillis() {
        Instant now = clock.instant();
        if (start == null && rate == 1) {
            return now.toEpochMilli();
        }
        Instant base = start == null ? startedAt : start;
        long elapsedMs = now.toEpochMilli() - startedAt.toEpochMilli();
        return base.toEpochMilli() + Math.round(elapsedMs * rate);
    }
}
