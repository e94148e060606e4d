package org.ptzcam.media.audio;

/**
 * Stateless noise for the simulated sound: every value is a pure function of a seed, a layer and
 * an index, so any stretch of time can be generated on its own and repeats exactly.
 */
final class Noise {

    private Noise() {
    }

    /** Uniform in [-1, 1), from a SplitMix64-style mix of seed, layer and index. */
    static double white(long seed, int layer, long index) {
        long z = seed ^ (layer * 0x9E3779B97F4A7C15L) ^ (index * 0xD1B54A32D192ED03L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-52 - 1.0;
    }

    /** Smooth value noise: random knots every {@code period} samples, cosine-interpolated. About ±1. */
    static double smooth(long seed, int layer, long n, int period) {
        long knot = Math.floorDiv(n, period);
        double frac = (double) (n - knot * period) / period;
        double w = 0.5 - 0.5 * Math.cos(Math.PI * frac);
        return white(seed, layer, knot) * (1 - w) + white(seed, layer, knot + 1) * w;
    }

    /** {@code sin(2π · hz · n / rate)} for whole {@code hz}, exact for any {@code n} (no phase drift). */
    static double tone(long n, int hz, int rate) {
        long phase = Math.floorMod(Math.floorMod(n, rate) * (long) hz, rate);
        return Math.sin(2 * Math.PI * phase / rate);
    }
}
