package org.ptzcam.media.image;

import java.util.SplittableRandom;

/**
 * Amplified sensor noise without a random call per pixel: a fixed table of Gaussian samples made
 * once from the seed, scaled to a frame's standard deviation (rescaled only when it changes), and
 * read by each row from a start offset hashed from the seed, the frame time, the plane and the row
 * — so the grain never repeats visibly and the same frame time always gives the same noise.
 */
final class SensorNoise {

    static final int TABLE = 1 << 17;
    /** Noise σ in luma steps per unit of linear gain above 1× (0 dB is clean). */
    static final double SIGMA_PER_GAIN = 0.3;
    static final double MAX_SIGMA = 40;

    private final long seed;
    private final float[] gauss = new float[TABLE];

    SensorNoise(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed ^ 0x5E4502L);
        for (int i = 0; i < TABLE; i++) {
            // Box–Muller, one sample per pair is plenty here
            double u1 = 1 - r.nextDouble(), u2 = r.nextDouble();
            gauss[i] = (float) (Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
        }
    }

    /** Standard deviation of the luma noise at a gain. */
    static double sigmaForGainDb(double gainDb) {
        return Math.min(MAX_SIGMA, SIGMA_PER_GAIN * (Math.pow(10, gainDb / 20) - 1));
    }

    /** Where a row of {@code width} samples starts in the table for a frame time and plane. */
    int rowStart(long sceneTimeMillis, int plane, int row, int width) {
        long h = seed * 0x9E3779B97F4A7C15L + sceneTimeMillis * 0xC2B2AE3D27D4EB4FL
                + (row * 4L + plane) * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) (TABLE - width));
    }

    /** The table scaled to one σ in whole luma steps, clamped to ±127; kept until σ changes. */
    final class Scaled {
        private final byte[] values = new byte[TABLE];
        private double sigma = -1;

        byte[] at(double s) {
            double q = Math.round(s * 4) / 4.0; // quarter steps: a settling exposure rescales rarely
            if (q != sigma) {
                for (int i = 0; i < TABLE; i++) {
                    values[i] = (byte) Math.max(-127, Math.min(127, Math.round(gauss[i] * q)));
                }
                sigma = q;
            }
            return values;
        }
    }
}
