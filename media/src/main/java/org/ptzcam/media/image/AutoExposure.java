package org.ptzcam.media.image;

/**
 * The auto-exposure loop. It works in stops (log2) of amplification relative to the render at the
 * base shutter (half the frame period) and 0 dB: {@code total = shutter + gain}.
 *
 * <p>Each frame the meter reports the mean luma the sensor would give at the current exposure;
 * the loop moves the total a fraction of the way to {@code log2(TARGET / mean)} (time constant
 * {@link #TIME_CONSTANT_S}, so a step is 99 % done within a second) and clamps it to what the limits
 * allow, so it never winds up past them. The total is then split between shutter and gain:
 * <ul>
 * <li>at or below the base shutter (a bright scene: total ≤ 0) only the shutter shortens, gain 0 dB;</li>
 * <li>above it, the shutter first lengthens to a preferred time — the whole max shutter for the
 *     low-noise end of the blur-noise trade-off, the base shutter for the low-blur end, in between
 *     log-linearly — then gain rises to max gain, then the shutter takes the rest up to max shutter;</li>
 * <li>a max shutter shorter than the base caps the shutter and gain makes up the difference.</li>
 * </ul>
 */
final class AutoExposure {

    /** Mean luma the loop aims at. */
    static final double TARGET = 112;
    static final double TIME_CONSTANT_S = 0.2;
    /** Shortest shutter, 1/32 000 s. */
    static final double MIN_SHUTTER_MS = 1000.0 / 32_000;
    static final double DB_PER_STOP = 20 * Math.log10(2);

    private final double baseMs;
    private final double alpha;
    private double total = Double.NaN;
    private double shutterStops;
    private double gainStops;

    AutoExposure(double captureFps) {
        this.baseMs = 1000 / captureFps / 2;
        this.alpha = 1 - Math.exp(-1 / (captureFps * TIME_CONSTANT_S));
    }

    double baseShutterMs() {
        return baseMs;
    }

    /** Stops of amplification in use now (shutter + gain), 0 before the first frame. */
    double totalStops() {
        return Double.isNaN(total) ? 0 : shutterStops + gainStops;
    }

    /**
     * One step of the loop.
     *
     * @param meteredMean mean luma at the exposure in use ({@link #totalStops()}), clipped like the
     *                    sensor clips
     * @param openMean    mean luma at 0 stops, unclipped: used once, to start converged
     */
    void step(double meteredMean, double openMean, ImageAdjustments adj) {
        double maxShutterStops = log2(adj.maxShutterMs() / baseMs);
        double maxGainStops = adj.maxGainDb() / DB_PER_STOP;
        double lo = log2(MIN_SHUTTER_MS / baseMs);
        double hi = maxShutterStops + maxGainStops;
        if (Double.isNaN(total)) {
            total = log2(TARGET / Math.max(openMean, 0.5));
        } else {
            double wanted = totalStops() + log2(TARGET / Math.max(meteredMean, 0.5));
            total += alpha * (wanted - total);
        }
        total = Math.max(lo, Math.min(hi, total));
        split(total, maxShutterStops, maxGainStops, adj.blurNoiseTradeoff() / 100.0);
    }

    private void split(double l, double maxShutter, double maxGain, double lowBlur) {
        double free = Math.min(0, maxShutter);
        if (l <= free) {
            shutterStops = l;
            gainStops = 0;
            return;
        }
        double preferred = free + (maxShutter - free) * (1 - lowBlur);
        double s = Math.min(l, preferred);
        gainStops = Math.min(l - s, maxGain);
        shutterStops = Math.min(maxShutter, l - gainStops);
    }

    double exposureMs() {
        return baseMs * Math.pow(2, shutterStops);
    }

    double gainDb() {
        return gainStops * DB_PER_STOP;
    }

    /** Exposure over the base shutter: 1 at or below the base, 2 at twice the base. */
    double shutterOverBase() {
        return Math.max(1, Math.pow(2, shutterStops));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
