package org.ptzcam.media.world;

/**
 * A flat convex polygon in world metres with its front-facing normal and centroid.
 *
 * <p>The coordinate array is never written after construction. Polygons are one-sided: they are
 * drawn only when the camera is on the side their normal points to.
 */
record Poly(float[] xyz, Material material, float nx, float ny, float nz, float cx, float cy, float cz) {

    int vertexCount() {
        return xyz.length / 3;
    }

    /**
     * A polygon from x,y,z triples, wound so its normal points along {@code (ox, oy, oz)}, the side
     * it is seen from. Vertices must be in order around the outline (either direction).
     */
    static Poly facing(Material m, double ox, double oy, double oz, double... pts) {
        int n = pts.length / 3;
        if (n < 3 || pts.length % 3 != 0) {
            throw new IllegalArgumentException("polygon needs at least 3 vertices");
        }
        // Newell's method: robust normal for any planar polygon
        double nx = 0, ny = 0, nz = 0, sx = 0, sy = 0, sz = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double xi = pts[3 * i], yi = pts[3 * i + 1], zi = pts[3 * i + 2];
            double xj = pts[3 * j], yj = pts[3 * j + 1], zj = pts[3 * j + 2];
            nx += (yi - yj) * (zi + zj);
            ny += (zi - zj) * (xi + xj);
            nz += (xi - xj) * (yi + yj);
            sx += xi; sy += yi; sz += zi;
        }
        boolean flip = nx * ox + ny * oy + nz * oz < 0;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len == 0) {
            throw new IllegalArgumentException("degenerate polygon");
        }
        float[] xyz = new float[pts.length];
        for (int i = 0; i < n; i++) {
            int src = flip ? n - 1 - i : i;
            xyz[3 * i] = (float) pts[3 * src];
            xyz[3 * i + 1] = (float) pts[3 * src + 1];
            xyz[3 * i + 2] = (float) pts[3 * src + 2];
        }
        double s = flip ? -1 / len : 1 / len;
        return new Poly(xyz, m, (float) (nx * s), (float) (ny * s), (float) (nz * s),
                (float) (sx / n), (float) (sy / n), (float) (sz / n));
    }

    /** Whether a viewer at (vx, vy, vz) sees the front side. */
    boolean frontFacing(double vx, double vy, double vz) {
        return nx * (vx - cx) + ny * (vy - cy) + nz * (vz - cz) > 0;
    }
}
