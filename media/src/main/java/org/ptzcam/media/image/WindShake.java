package org.ptzcam.media.image;

/**
 * Wind shaking the mast: a small pan/tilt jitter, a sum of a few incommensurate sinusoids under a
 * slow gust envelope, a pure function of the seed and scene time. The amplitude is angular (at
 * most {@link #MAX_DEG} per axis), so in pixels it grows with zoom, as a real shake does.
 */
final class WindShake {

    static final double MAX_DEG = 0.3;
    private static final double[] PAN_HZ = {0.83, 1.71, 3.13};
    private static final double[] TILT_HZ = {1.07, 2.29, 3.71};
    private static final double[] AMP = {0.5, 0.33, 0.17};
    private static final double GUST_HZ = 0.07;

    private final double[] panPhase = new double[3];
    private final double[] tiltPhase = new double[3];
    private final double gustPhase;
    private final double strength;

    WindShake(long seed, double strength) {
        this.strength = strength;
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ 0x57A8E5L);
        for (int i = 0; i < 3; i++) {
            panPhase[i] = r.nextDouble(2 * Math.PI);
            tiltPhase[i] = r.nextDouble(2 * Math.PI);
        }
        gustPhase = r.nextDouble(2 * Math.PI);
    }

    /** Pan offset in degrees at a scene time. */
    double panDeg(long sceneTimeMillis) {
        return offset(PAN_HZ, panPhase, sceneTimeMillis);
    }

    /** Tilt offset in degrees at a scene time. */
    double tiltDeg(long sceneTimeMillis) {
        return offset(TILT_HZ, tiltPhase, sceneTimeMillis);
    }

    private double offset(double[] hz, double[] phase, long t) {
        if (strength == 0) {
            return 0;
        }
        double s = (t % 86_400_000L) / 1000.0; // a day's period keeps the double precise
        double gust = 0.7 + 0.3 * StrictMath.sin(2 * Math.PI * GUST_HZ * s + gustPhase);
        double sum = 0;
        for (int i = 0; i < hz.length; i++) {
            sum += AMP[i] * StrictMath.sin(2 * Math.PI * hz[i] * s + phase[i]);
        }
        return strength * MAX_DEG * gust * sum;
    }
}
