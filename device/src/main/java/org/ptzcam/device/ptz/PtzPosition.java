package org.ptzcam.device.ptz;

/**
 * Where the head is at one instant.
 *
 * @param panDeg     bearing clockwise from north, wrapped into (−180, 180]
 * @param tiltDeg    −90 (straight down) … +20
 * @param zoomStep   1 (wide) … 9999 (tele), logarithmic in magnification ({@link ZoomLaw})
 * @param focusStep  lens focus 1 (near, 1 m) … 9999 (infinity); with autofocus, where it focused
 * @param autofocus  whether autofocus is on
 * @param sharpness  0 (blurred) … 1 (sharp): how well {@code focusStep} suits what the camera looks at
 * @param moving     whether any axis is moving at this instant
 */
public record PtzPosition(double panDeg, double tiltDeg, double zoomStep, double focusStep, boolean autofocus,
        double sharpness, boolean moving) {

    public double magnification() {
        return ZoomLaw.magnification(zoomStep);
    }

    public double horizontalFovDeg() {
        return ZoomLaw.horizontalFovDeg(magnification());
    }

    /** Wraps any bearing into (−180, 180], as {@code ViewState} does. */
    public static double wrapPan(double deg) {
        double w = deg - 360 * Math.ceil((deg - 180) / 360);
        return w == -180 ? 180 : w;
    }
}
