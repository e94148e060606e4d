package org.ptzcam.device.ptz;

/**
 * The lens: zoom steps ↔ optical magnification ↔ horizontal field of view.
 *
 * <p>Zoom steps are the VAPIX unit, 1 (wide) … 9999 (tele), logarithmic in magnification
 * ({@code mag = 30^((step−1)/9998)}), so a constant zoom speed looks uniform on screen.
 *
 * <p>Field of view: the same law as {@code media.view.ViewState} (63° at 1×, 2.1° at 30×,
 * {@code hfov = 2·atan(tan(31.5°) / mag^EXPONENT)}). Device cannot depend on media, so the two
 * constants are repeated here and a media test checks that both laws agree.
 */
public final class ZoomLaw {
    public static final double MIN_MAGNIFICATION = 1;
    public static final double MAX_MAGNIFICATION = 30;
    public static final int MIN_STEP = 1;
    public static final int MAX_STEP = 9999;
    /** Horizontal field of view at 1×, degrees. */
    public static final double WIDE_HFOV_DEG = 63;
    /** Horizontal field of view at 30×, degrees. */
    public static final double TELE_HFOV_DEG = 2.1;
    static final double EXPONENT = StrictMath.log(
            StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.tan(Math.toRadians(TELE_HFOV_DEG / 2)))
            / StrictMath.log(MAX_MAGNIFICATION);

    private ZoomLaw() {
    }

    /** Optical magnification for a zoom step (clamped to 1…9999). */
    public static double magnification(double step) {
        double s = clamp(step, MIN_STEP, MAX_STEP);
        return StrictMath.pow(MAX_MAGNIFICATION, (s - MIN_STEP) / (MAX_STEP - MIN_STEP));
    }

    /** Zoom step for a magnification (clamped to 1…30×). */
    public static double step(double magnification) {
        double m = clamp(magnification, MIN_MAGNIFICATION, MAX_MAGNIFICATION);
        return MIN_STEP + (MAX_STEP - MIN_STEP) * StrictMath.log(m) / StrictMath.log(MAX_MAGNIFICATION);
    }

    /** Horizontal field of view in degrees at a magnification. */
    public static double horizontalFovDeg(double magnification) {
        double m = clamp(magnification, MIN_MAGNIFICATION, MAX_MAGNIFICATION);
        double halfTan = StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.pow(m, EXPONENT);
        return 2 * Math.toDegrees(StrictMath.atan(halfTan));
    }

    /** Magnification that gives a horizontal field of view (clamped to 1…30×). */
    public static double magnificationForFov(double hfovDeg) {
        double ratio = StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.tan(Math.toRadians(hfovDeg / 2));
        return clamp(StrictMath.pow(ratio, 1 / EXPONENT), MIN_MAGNIFICATION, MAX_MAGNIFICATION);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
