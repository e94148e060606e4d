package org.ptzcam.media.view;

/**
 * Where the camera looks: the PTZ position plus focus. Immutable; the compact constructor wraps and
 * clamps, so every instance is a position the mechanics can reach.
 *
 * <p>Angles are degrees. Pan is a bearing clockwise from north, endless: it wraps into
 * (−180, 180], so 190 becomes −170 and −180 becomes 180. Tilt is clamped to −90 (straight down)
 * … +20 (above the horizon). Zoom is the optical factor 1…30, focus 0…1 (1 = sharp).
 *
 * <p>Zoom → field of view: the lens is calibrated to the datasheet end points, 63° horizontal at
 * 1× and 2.1° at 30×. A pure focal-length ratio would give 2.34° at 30×, so the effective
 * magnification is {@code zoom^ZOOM_EXPONENT} (≈ 33.4 at 30×) and
 * {@code hfov = 2·atan(tan(63°/2) / zoom^ZOOM_EXPONENT)}; the law stays monotonic and smooth.
 *
 * <p>StrictMath throughout: rendering must be bit-identical for the same view on any JVM.
 */
public record ViewState(double panDeg, double tiltDeg, double zoom, double focus) {

    public static final double MIN_TILT_DEG = -90;
    public static final double MAX_TILT_DEG = 20;
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 30;
    /** Horizontal field of view at 1×. */
    public static final double WIDE_HFOV_DEG = 63;
    /** Horizontal field of view at 30×. */
    public static final double TELE_HFOV_DEG = 2.1;
    /** Exponent that makes the tan-law hit both datasheet end points (see class comment). */
    public static final double ZOOM_EXPONENT = StrictMath.log(
            StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.tan(Math.toRadians(TELE_HFOV_DEG / 2)))
            / StrictMath.log(MAX_ZOOM);

    public ViewState {
        if (!Double.isFinite(panDeg) || !Double.isFinite(tiltDeg) || !Double.isFinite(zoom) || !Double.isFinite(focus)) {
            throw new IllegalArgumentException("view values must be finite: " + panDeg + ", " + tiltDeg + ", " + zoom + ", " + focus);
        }
        panDeg = wrapPan(panDeg);
        tiltDeg = clamp(tiltDeg, MIN_TILT_DEG, MAX_TILT_DEG);
        zoom = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
        focus = clamp(focus, 0, 1);
    }

    /** A sharp view; values are wrapped and clamped like the constructor does. */
    public static ViewState of(double panDeg, double tiltDeg, double zoom) {
        return new ViewState(panDeg, tiltDeg, zoom, 1);
    }

    /** Pan 0 (north), level, widest, sharp. */
    public static ViewState home() {
        return of(0, 0, 1);
    }

    public ViewState withPan(double deg) {
        return new ViewState(deg, tiltDeg, zoom, focus);
    }

    public ViewState withTilt(double deg) {
        return new ViewState(panDeg, deg, zoom, focus);
    }

    public ViewState withZoom(double z) {
        return new ViewState(panDeg, tiltDeg, z, focus);
    }

    public ViewState withFocus(double f) {
        return new ViewState(panDeg, tiltDeg, zoom, f);
    }

    /** Horizontal field of view in degrees for this zoom (63° at 1×, 2.1° at 30×). */
    public double horizontalFovDeg() {
        double halfTan = StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.pow(zoom, ZOOM_EXPONENT);
        return 2 * Math.toDegrees(StrictMath.atan(halfTan));
    }

    /** Vertical field of view for an output of the given width/height ratio (square pixels). */
    public double verticalFovDeg(double aspect) {
        if (!(aspect > 0)) {
            throw new IllegalArgumentException("aspect must be positive: " + aspect);
        }
        double halfTan = StrictMath.tan(Math.toRadians(horizontalFovDeg() / 2)) / aspect;
        return 2 * Math.toDegrees(StrictMath.atan(halfTan));
    }

    /** The zoom factor that gives a horizontal field of view, clamped to 1…30. */
    public static double zoomForHorizontalFov(double hfovDeg) {
        double ratio = StrictMath.tan(Math.toRadians(WIDE_HFOV_DEG / 2)) / StrictMath.tan(Math.toRadians(hfovDeg / 2));
        return clamp(StrictMath.pow(ratio, 1 / ZOOM_EXPONENT), MIN_ZOOM, MAX_ZOOM);
    }

    /** Wraps any bearing into (−180, 180]. */
    public static double wrapPan(double deg) {
        double w = deg - 360 * Math.ceil((deg - 180) / 360);
        return w == -180 ? 180 : w;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
