package org.ptzcam.device.ptz;

/**
 * What focus the scene needs and how sharp a focus position makes it. The simulated camera sits on
 * a 12 m mast: looking down at tilt t it sees ground {@code 12/sin(−t)} m away, at or above the
 * horizon it sees far away. Focus steps are linear in dioptres: step 1 focuses at 1 m, 9999 at
 * infinity. Depth of field shrinks with magnification: a quarter of the focus range blurs the
 * picture fully at 1×, 1/120 of it at 30×.
 */
final class FocusModel {
    static final double MAST_HEIGHT_M = 12;
    private static final double NEAREST_M = 1;

    private FocusModel() {
    }

    /** The focus step that makes the centre of the view sharp. */
    static double idealStep(double tiltDeg) {
        double dioptres = 0;
        if (tiltDeg < 0) {
            double distance = MAST_HEIGHT_M / StrictMath.sin(Math.toRadians(-tiltDeg));
            dioptres = NEAREST_M / distance;
        }
        return ZoomLaw.MIN_STEP + (ZoomLaw.MAX_STEP - ZoomLaw.MIN_STEP) * (1 - dioptres);
    }

    /** 1 = sharp, 0 = fully blurred. */
    static double sharpness(double focusStep, double idealStep, double magnification) {
        double error = Math.abs(focusStep - idealStep) / (ZoomLaw.MAX_STEP - ZoomLaw.MIN_STEP);
        return Math.max(0, 1 - error * 4 * magnification);
    }
}
