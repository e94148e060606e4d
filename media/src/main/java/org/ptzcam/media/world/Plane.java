package org.ptzcam.media.world;

/**
 * A flat drawing surface in the world with 2-D coordinates (u right, v up, metres), for things
 * built as flat pictures: signs, lettering, tree crowns, people.
 */
record Plane(double ox, double oy, double oz, double rx, double ry, double rz,
             double ux, double uy, double uz, double nx, double ny, double nz) {

    /**
     * A plane through (x, y, z) facing a camera at (0, camH, 0). Upright planes stay vertical (signs,
     * people); others face the camera fully (crowns look round from every angle).
     */
    static Plane facingCamera(double x, double y, double z, double camH, boolean upright) {
        double nx = -x, nz = -z, ny = upright ? 0 : camH - y;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len < 1e-9) {
            nx = 0; ny = 1; nz = 0;
        } else {
            nx /= len; ny /= len; nz /= len;
        }
        // the viewer's right: horizontal, (forward.z, 0, −forward.x) with forward = −normal
        double rx = -nz, rz = nx, rl = Math.sqrt(rx * rx + rz * rz);
        if (rl < 1e-9) {
            rx = 1; rz = 0; // seen from straight above: east is right
        } else {
            rx /= rl; rz /= rl;
        }
        // up = right × normal (right-handed: x east, y up, z north)
        double ux = -rz * ny, uy = rz * nx - rx * nz, uz = rx * ny;
        return new Plane(x, y, z, rx, 0, rz, ux, uy, uz, nx, ny, nz);
    }

    double worldX(double u, double v) { return ox + rx * u + ux * v; }
    double worldY(double u, double v) { return oy + ry * u + uy * v; }
    double worldZ(double u, double v) { return oz + rz * u + uz * v; }

    /** A polygon given as u,v pairs. */
    void polygon(Shapes s, Material m, double... uv) {
        int n = uv.length / 2;
        double[] pts = new double[3 * n];
        for (int i = 0; i < n; i++) {
            pts[3 * i] = worldX(uv[2 * i], uv[2 * i + 1]);
            pts[3 * i + 1] = worldY(uv[2 * i], uv[2 * i + 1]);
            pts[3 * i + 2] = worldZ(uv[2 * i], uv[2 * i + 1]);
        }
        s.poly(m, nx, ny, nz, pts);
    }

    void rect(Shapes s, Material m, double u0, double v0, double u1, double v1) {
        polygon(s, m, u0, v0, u1, v0, u1, v1, u0, v1);
    }

    /** Regular n-gon (ellipse when rv ≠ ru). */
    void ellipse(Shapes s, Material m, double cu, double cv, double ru, double rv, int n) {
        double[] uv = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            uv[2 * i] = cu + ru * StrictMath.cos(a);
            uv[2 * i + 1] = cv + rv * StrictMath.sin(a);
        }
        polygon(s, m, uv);
    }
}
