package org.ptzcam.media.view;

/**
 * The pinhole camera for one {@link ViewState} and output size: maps directions to pixels and back.
 *
 * <p>World axes: x east, y up, z north; bearings clockwise from north. The camera never moves, it
 * only turns, so everything here works on directions (or points relative to the camera). There is
 * no roll: image rows stay parallel to the horizon, which lets renderers treat a row of ground as
 * one straight line of constant depth. Pixel (col, row) has its centre at (col + 0.5, row + 0.5).
 */
public final class Projection {

    private final int width;
    private final int height;
    private final double focal;
    private final double cx;
    private final double cy;
    // forward, right and up unit vectors (right has no y component: no roll)
    private final double fx, fy, fz, rx, rz, ux, uy, uz;
    // lengths of the side planes' normals, for culling
    private final double edgeX, edgeY;

    private Projection(int width, int height, double focal, double panRad, double tiltRad) {
        this.width = width;
        this.height = height;
        this.focal = focal;
        this.cx = width / 2.0;
        this.cy = height / 2.0;
        double sp = StrictMath.sin(panRad), cp = StrictMath.cos(panRad);
        double st = StrictMath.sin(tiltRad), ct = StrictMath.cos(tiltRad);
        fx = sp * ct; fy = st; fz = cp * ct;
        rx = cp; rz = -sp;
        ux = -sp * st; uy = ct; uz = -cp * st;
        edgeX = Math.sqrt(focal * focal + cx * cx);
        edgeY = Math.sqrt(focal * focal + cy * cy);
    }

    public static Projection of(ViewState view, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
        double halfTan = StrictMath.tan(Math.toRadians(view.horizontalFovDeg() / 2));
        return new Projection(width, height, (width / 2.0) / halfTan,
                Math.toRadians(view.panDeg()), Math.toRadians(view.tiltDeg()));
    }

    public int width() { return width; }
    public int height() { return height; }
    /** Focal length in pixels: a distance d away, 1 m spans focal/d pixels at the centre. */
    public double focalPx() { return focal; }
    public double centerX() { return cx; }
    public double centerY() { return cy; }

    public double forwardX() { return fx; }
    public double forwardY() { return fy; }
    public double forwardZ() { return fz; }
    public double rightX() { return rx; }
    public double rightZ() { return rz; }
    public double upX() { return ux; }
    public double upY() { return uy; }
    public double upZ() { return uz; }

    /** Camera-space coordinates of a camera-relative point: right, up, depth. */
    public double camX(double dx, double dz) { return dx * rx + dz * rz; }
    public double camY(double dx, double dy, double dz) { return dx * ux + dy * uy + dz * uz; }
    public double camZ(double dx, double dy, double dz) { return dx * fx + dy * fy + dz * fz; }

    /**
     * Pixel position of a camera-relative point into {@code out[0..1]}; false (out untouched) when
     * the point is not in front of the camera.
     */
    public boolean toScreen(double dx, double dy, double dz, double[] out) {
        double z = camZ(dx, dy, dz);
        if (z <= 1e-9) {
            return false;
        }
        out[0] = cx + focal * camX(dx, dz) / z;
        out[1] = cy - focal * camY(dx, dy, dz) / z;
        return true;
    }

    /** Unnormalized world direction through a pixel position into {@code out[0..2]}. */
    public void ray(double px, double py, double[] out) {
        double a = (px - cx) / focal, b = (cy - py) / focal;
        out[0] = fx + rx * a + ux * b;
        out[1] = fy + uy * b;
        out[2] = fz + rz * a + uz * b;
    }

    /** Bearing in degrees [0, 360) of the ray through a pixel position. */
    public double bearingDeg(double px, double py) {
        double[] d = new double[3];
        ray(px, py, d);
        double deg = Math.toDegrees(StrictMath.atan2(d[0], d[2]));
        return deg < 0 ? deg + 360 : deg;
    }

    /** Elevation in degrees of the ray through a pixel position. */
    public double elevationDeg(double px, double py) {
        double[] d = new double[3];
        ray(px, py, d);
        return Math.toDegrees(StrictMath.atan2(d[1], StrictMath.hypot(d[0], d[2])));
    }

    /** Whether a sphere (camera-relative centre) may touch the view; conservative. */
    public boolean sphereVisible(double dx, double dy, double dz, double radius) {
        double z = camZ(dx, dy, dz);
        if (z < -radius) {
            return false;
        }
        // side planes through the camera; their normals scaled by the slope of the frustum edges
        double sx = Math.abs(camX(dx, dz)) * focal - cx * z;
        double sy = Math.abs(camY(dx, dy, dz)) * focal - cy * z;
        return sx <= radius * edgeX && sy <= radius * edgeY;
    }
}
