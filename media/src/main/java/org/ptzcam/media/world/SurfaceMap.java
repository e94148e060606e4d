package org.ptzcam.media.world;

import org.ptzcam.media.view.Projection;

/**
 * Where on its own plane a pixel of a polygon lies, for textures: surface axes u (horizontal along
 * a wall, or east on flat faces) and v (up the wall or slope, or north), in world metres. A
 * pixel's ray meets the plane at t = K / (N·d); with d linear in the pixel position, N·d, U·d and
 * V·d are each α + β·x + γ·y, so a painter needs one division per few pixels.
 *
 * <p>Coefficient layout (12 doubles): αN βN γN αU βU γU αV βV γV U·C V·C K.
 */
final class SurfaceMap {

    static final int SIZE = 12;

    private SurfaceMap() {
    }

    static void compute(Poly poly, Projection p, double camH, double[] out, int off) {
        double nx = poly.nx(), ny = poly.ny(), nz = poly.nz();
        double ux, uy = 0, uz, vx, vy, vz;
        if (Math.abs(ny) < 0.95) {
            double len = Math.sqrt(nz * nz + nx * nx);
            ux = nz / len;
            uz = -nx / len;
            // V = N × U: up the wall or slope
            vx = ny * uz;
            vy = nz * ux - nx * uz;
            vz = -ny * ux;
        } else {
            ux = 1; uz = 0;
            vx = 0; vy = 0; vz = 1;
        }
        form(p, nx, ny, nz, out, off);
        form(p, ux, uy, uz, out, off + 3);
        form(p, vx, vy, vz, out, off + 6);
        out[off + 9] = uy * camH;
        out[off + 10] = vy * camH;
        out[off + 11] = nx * poly.cx() + ny * poly.cy() + nz * poly.cz() - ny * camH;
    }

    /** X·d(x, y) = α + β·x + γ·y for pixel position (x, y). */
    private static void form(Projection p, double x, double y, double z, double[] out, int off) {
        double f = p.focalPx();
        double xr = x * p.rightX() + z * p.rightZ();
        double xu = x * p.upX() + y * p.upY() + z * p.upZ();
        double xf = x * p.forwardX() + y * p.forwardY() + z * p.forwardZ();
        double beta = xr / f, gamma = -xu / f;
        out[off] = xf - beta * p.centerX() - gamma * p.centerY();
        out[off + 1] = beta;
        out[off + 2] = gamma;
    }

    /**
     * Texture coordinates of the pixel centre (x, y): u, v in 1/65536 mm including the texture
     * origin, into {@code uv[0..1]}.
     */
    static void at(double[] m, int off, double x, double y, long[] uv) {
        double nd = m[off] + m[off + 1] * x + m[off + 2] * y;
        double t = m[off + 11] / nd;
        double u = m[off + 9] + t * (m[off + 3] + m[off + 4] * x + m[off + 5] * y);
        double v = m[off + 10] + t * (m[off + 6] + m[off + 7] * x + m[off + 8] * y);
        uv[0] = (long) ((u * 1000 + Texture.ORIGIN_MM) * 65536);
        uv[1] = (long) ((v * 1000 + Texture.ORIGIN_MM) * 65536);
    }
}
