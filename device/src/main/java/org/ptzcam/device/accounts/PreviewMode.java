package org.ptzcam.device.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The manual's "Preview mode": on a factory-defaulted camera (no administrator yet) and only for
 * {@code duration} after start-up, live view and camera-view adjustments need no login. It ends
 * for good when the first administrator is created or the time runs out.
 */
public final class PreviewMode {

    /** The documented default: two hours from start-up. */
    public static final Duration DEFAULT_DURATION = Duration.ofHours(2);

    private final Clock clock;
    private final Instant endsAt;
    private final BooleanSupplier factoryDefaulted;

    /**
     * @param startedAt        the camera's start (power-up)
     * @param duration         how long preview mode may last; zero switches it off
     * @param factoryDefaulted true while no administrator exists
     */
    public PreviewMode(Clock clock, Instant startedAt, Duration duration, BooleanSupplier factoryDefaulted) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("preview duration must not be negative: " + duration);
        }
        this.clock = clock;
        this.endsAt = startedAt.plus(duration);
        this.factoryDefaulted = factoryDefaulted;
    }

    public boolean active() {
        return clock.instant().isBefore(endsAt) && factoryDefaulted.getAsBoolean();
    }

    /** Whole seconds left (systemready's {@code previewmode}); zero when not active. */
    public long secondsLeft() {
        if (!active()) {
            return 0;
        }
        return Math.max(1, Duration.between(clock.instant(), endsAt).toSeconds());
    }
}
