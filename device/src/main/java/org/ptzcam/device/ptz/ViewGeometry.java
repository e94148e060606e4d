package org.ptzcam.device.ptz;

/**
 * Image point → direction, with the pinhole camera of {@code media.view.Projection} (no roll, pan
 * clockwise from north, tilt up from the horizon): used by "center on a point" and area zoom.
 */
final class ViewGeometry {
    private ViewGeometry() {
    }

    /**
     * Pan and tilt (degrees) of the ray through an image point.
     *
     * @param x      0 (left edge) … 1 (right edge)
     * @param y      0 (top edge) … 1 (bottom edge)
     * @param aspect image width / height
     */
    static double[] direction(double panDeg, double tiltDeg, double hfovDeg, double x, double y, double aspect) {
        double halfTan = StrictMath.tan(Math.toRadians(hfovDeg / 2));
        double a = (2 * x - 1) * halfTan;
        double b = (1 - 2 * y) * halfTan / aspect;
        double p = Math.toRadians(panDeg);
        double t = Math.toRadians(tiltDeg);
        double sp = StrictMath.sin(p), cp = StrictMath.cos(p), st = StrictMath.sin(t), ct = StrictMath.cos(t);
        // forward f, right r and up u as in Projection
        double dx = sp * ct + cp * a + (-sp * st) * b;
        double dy = st + ct * b;
        double dz = cp * ct + (-sp) * a + (-cp * st) * b;
        double pan = Math.toDegrees(StrictMath.atan2(dx, dz));
        double tilt = Math.toDegrees(StrictMath.atan2(dy, StrictMath.hypot(dx, dz)));
        return new double[] {pan, tilt};
    }
}
