package org.ptzcam.visca;

/**
 * The one place where VISCA numbers meet physical units. Commands and inquiries both go through
 * here, so a position set by VISCA reads back as the same VISCA number (within one unit).
 *
 * <ul>
 *   <li>Pan/tilt: {@value #UNITS_PER_DEGREE} units per degree, signed two's complement, 0 = home
 *       (the PTZOptics/OEM scaling: ±170° = 0xF670/0x0990, +90° tilt = 0x0510). Pan positions are
 *       reported in −180…+180°; the 5-nibble absolute form uses the same units, only wider.</li>
 *   <li>Zoom: 0x0000 = 1× … 0x4000 = {@value #MAX_ZOOM}× optical, logarithmic (equal VISCA steps
 *       are equal zoom ratios). Larger values (digital zoom) are clamped to 0x4000.</li>
 *   <li>Focus: 0x1000 = infinity (focus 1.0) … 0xF000 = nearest (focus 0.0), linear; values outside are clamped.</li>
 *   <li>Speeds: pan code 0x01–{@code 0x18}, tilt 0x01–{@code 0x14}, as fractions code/max of the
 *       axis' maximum; larger codes are clamped to the maximum and 0 is taken as 1 (some Sony
 *       models send 0 for "finish together"). Zoom/focus variable speed p = 0..7 is (p+1)/8;
 *       the standard (fixed-speed) form is p = 3, half speed.</li>
 *   <li>Presets: VISCA memory number pp (0-based) is the camera's preset pp+1.</li>
 * </ul>
 */
public final class ViscaScale {
    public static final double UNITS_PER_DEGREE = 14.4;
    public static final int ZOOM_WIDE = 0x0000;
    public static final int ZOOM_TELE = 0x4000;
    public static final double MAX_ZOOM = 30.0;
    public static final int FOCUS_INFINITY = 0x1000;
    public static final int FOCUS_NEAREST = 0xF000;
    public static final int MAX_PAN_SPEED = 0x18;
    public static final int MAX_TILT_SPEED = 0x14;
    public static final int STANDARD_DRIVE_SPEED = 3;

    private ViscaScale() {
    }

    public static double degrees(int units) {
        return units / UNITS_PER_DEGREE;
    }

    /** Degrees to units, pan wrapped into −180…+180 first. */
    public static int panUnits(double degrees) {
        double d = Math.IEEEremainder(degrees, 360.0);
        return (int) Math.round(d * UNITS_PER_DEGREE);
    }

    public static int tiltUnits(double degrees) {
        return (int) Math.round(degrees * UNITS_PER_DEGREE);
    }

    public static double zoomFactor(int position) {
        int p = Math.max(ZOOM_WIDE, Math.min(ZOOM_TELE, position));
        return Math.pow(MAX_ZOOM, (double) p / ZOOM_TELE);
    }

    public static int zoomPosition(double factor) {
        double f = Math.max(1.0, Math.min(MAX_ZOOM, factor));
        return (int) Math.round(Math.log(f) / Math.log(MAX_ZOOM) * ZOOM_TELE);
    }

    /** VISCA focus position to 0 (nearest) … 1 (infinity). */
    public static double focus(int position) {
        int p = Math.max(FOCUS_INFINITY, Math.min(FOCUS_NEAREST, position));
        return (double) (FOCUS_NEAREST - p) / (FOCUS_NEAREST - FOCUS_INFINITY);
    }

    public static int focusPosition(double focus) {
        double f = Math.max(0.0, Math.min(1.0, focus));
        return (int) Math.round(FOCUS_NEAREST - f * (FOCUS_NEAREST - FOCUS_INFINITY));
    }

    public static double panSpeed(int code) {
        return speed(code, MAX_PAN_SPEED);
    }

    public static double tiltSpeed(int code) {
        return speed(code, MAX_TILT_SPEED);
    }

    /** Variable zoom/focus speed p (0..7), or the standard speed for a negative p. */
    public static double driveSpeed(int p) {
        int s = p < 0 ? STANDARD_DRIVE_SPEED : Math.min(7, p);
        return (s + 1) / 8.0;
    }

    public static int presetNumber(int viscaMemory) {
        return viscaMemory + 1;
    }

    private static double speed(int code, int max) {
        int c = Math.max(1, Math.min(max, code));
        return (double) c / max;
    }
}
