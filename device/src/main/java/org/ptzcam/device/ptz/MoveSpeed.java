package org.ptzcam.device.ptz;

/**
 * Speeds of a position move, as fractions of the head's maximum ({@link Mechanics}): 0.01…1 each,
 * values outside are clamped (1 = 300°/s pan, 200°/s tilt, 2 s wide→tele).
 */
public record MoveSpeed(double pan, double tilt, double zoom) {
    public static final MoveSpeed MAX = new MoveSpeed(1, 1, 1);
    static final double MIN = 0.01;

    public MoveSpeed {
        pan = clamp(pan);
        tilt = clamp(tilt);
        zoom = clamp(zoom);
    }

    /** The same fraction for every axis, e.g. VAPIX {@code speed=50} → {@code of(0.5)}. */
    public static MoveSpeed of(double fraction) {
        return new MoveSpeed(fraction, fraction, fraction);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 1 : Math.max(MIN, Math.min(1, v));
    }
}
