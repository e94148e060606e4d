package org.ptzcam.media.world;

/** A closed polyline on the ground that something travels round at constant speed. */
record Route(double[] xz, double[] cumulative, double length) {

    /** A closed route through (x, z) pairs; the last point connects back to the first. */
    static Route loop(double... xz) {
        int n = xz.length / 2;
        double[] cum = new double[n + 1];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            cum[i + 1] = cum[i] + Math.hypot(xz[2 * j] - xz[2 * i], xz[2 * j + 1] - xz[2 * i + 1]);
        }
        return new Route(xz.clone(), cum, cum[n]);
    }

    /** A rectangle centred on the camera; clockwise as seen from above means north-east-south-west. */
    static Route square(double half, boolean clockwise) {
        return clockwise
                ? loop(-half, half, half, half, half, -half, -half, -half)
                : loop(-half, half, -half, -half, half, -half, half, half);
    }

    /** Position and heading at distance s along the route into out: x, z, heading (radians). */
    void at(double s, double[] out) {
        s = s - length * Math.floor(s / length);
        int n = xz.length / 2, i = 0;
        while (i < n - 1 && cumulative[i + 1] <= s) {
            i++;
        }
        int j = (i + 1) % n;
        double seg = cumulative[i + 1] - cumulative[i], t = seg > 0 ? (s - cumulative[i]) / seg : 0;
        double dx = xz[2 * j] - xz[2 * i], dz = xz[2 * j + 1] - xz[2 * i + 1];
        out[0] = xz[2 * i] + dx * t;
        out[1] = xz[2 * i + 1] + dz * t;
        out[2] = StrictMath.atan2(dx, dz);
    }
}
