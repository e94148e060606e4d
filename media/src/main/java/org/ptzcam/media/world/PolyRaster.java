package org.ptzcam.media.world;

import org.ptzcam.media.view.Projection;

/**
 * Projects convex polygons to the screen: camera transform, near-plane clip (Sutherland–Hodgman)
 * and pinhole projection. The outline it leaves in {@link #xs}/{@link #ys} is handed to a
 * {@link DisplayList}. Holds scratch arrays: one instance per painting thread.
 */
final class PolyRaster {

    private static final double NEAR = 0.05;
    static final int MAX = 64;
    private final double[] cx = new double[MAX], cy = new double[MAX], cz = new double[MAX];
    private final double[] tx = new double[MAX], ty = new double[MAX], tz = new double[MAX];
    final double[] xs = new double[MAX], ys = new double[MAX];
    int n;

    /**
     * Transforms and clips a polygon for a camera at height {@code camH}; false when nothing of
     * it can be on screen. On true the screen outline is in xs/ys[0..n).
     */
    boolean project(Poly p, Projection pr, double camH) {
        float[] xyz = p.xyz();
        int count = p.vertexCount();
        if (count > MAX / 2) {
            return false;
        }
        int behind = 0;
        for (int i = 0; i < count; i++) {
            double dx = xyz[3 * i], dy = xyz[3 * i + 1] - camH, dz = xyz[3 * i + 2];
            cx[i] = pr.camX(dx, dz);
            cy[i] = pr.camY(dx, dy, dz);
            cz[i] = pr.camZ(dx, dy, dz);
            if (cz[i] < NEAR) {
                behind++;
            }
        }
        if (behind == count) {
            return false;
        }
        n = behind == 0 ? count : clipNear(count);
        if (n < 3) {
            return false;
        }
        double f = pr.focalPx(), ox = pr.centerX(), oy = pr.centerY();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double x = ox + f * cx[i] / cz[i], y = oy - f * cy[i] / cz[i];
            xs[i] = x;
            ys[i] = y;
            minX = Math.min(minX, x); maxX = Math.max(maxX, x);
            minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        return maxX > 0 && minX < pr.width() && maxY > 0 && minY < pr.height();
    }

    /** Sutherland–Hodgman against z = NEAR; the result replaces cx/cy/cz. */
    private int clipNear(int count) {
        int m = 0;
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            boolean inI = cz[i] >= NEAR, inJ = cz[j] >= NEAR;
            if (inI) {
                tx[m] = cx[i]; ty[m] = cy[i]; tz[m] = cz[i]; m++;
            }
            if (inI != inJ) {
                double t = (NEAR - cz[i]) / (cz[j] - cz[i]);
                tx[m] = cx[i] + t * (cx[j] - cx[i]);
                ty[m] = cy[i] + t * (cy[j] - cy[i]);
                tz[m] = NEAR;
                m++;
            }
        }
        System.arraycopy(tx, 0, cx, 0, m);
        System.arraycopy(ty, 0, cy, 0, m);
        System.arraycopy(tz, 0, cz, 0, m);
        return m;
    }
}
