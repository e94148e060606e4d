package org.ptzcam.codec;

/** Conversions between capture times in nanoseconds and RTP-style media clocks, without overflow. */
public final class Timestamps {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Timestamps() {
    }

    /** {@code nanos} expressed in ticks of a {@code clockRate} Hz clock, rounded down. */
    public static long toClock(long nanos, int clockRate) {
        long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND);
        long rest = Math.floorMod(nanos, NANOS_PER_SECOND);
        return seconds * clockRate + rest * clockRate / NANOS_PER_SECOND;
    }

    /**
     * Ticks of a {@code clockRate} Hz clock expressed in nanoseconds, rounded up so that
     * {@code toClock(toNanos(t, r), r) == t}.
     */
    public static long toNanos(long ticks, int clockRate) {
        long seconds = Math.floorDiv(ticks, clockRate);
        long rest = Math.floorMod(ticks, clockRate);
        return seconds * NANOS_PER_SECOND + (rest * NANOS_PER_SECOND + clockRate - 1) / clockRate;
    }
}
