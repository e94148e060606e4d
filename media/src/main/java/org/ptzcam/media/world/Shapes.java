package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects polygons for one {@link Structure}, dropping faces the fixed camera can never see
 * (it stands at (0, camH, 0) and only turns), with helpers for the usual solids.
 */
final class Shapes {

    private final double camH;
    private final List<Poly> body = new ArrayList<>();
    private final List<Poly> detail = new ArrayList<>();
    private final List<Poly> fine = new ArrayList<>();
    private double detailSize = 1, fineSize = 0.1;
    private double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, minZ = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;

    /** The level polygons go to: 0 body, 1 detail, 2 fine. */
    private int level;

    Shapes(double camH) {
        this.camH = camH;
    }

    Shapes body() { level = 0; return this; }
    Shapes detail(double sizeM) { level = 1; detailSize = sizeM; return this; }
    Shapes fine(double sizeM) { level = 2; fineSize = sizeM; return this; }

    /** Adds a polygon seen from the side (ox, oy, oz) points to, if the camera is on that side. */
    void poly(Material m, double ox, double oy, double oz, double... pts) {
        Poly p = Poly.facing(m, ox, oy, oz, pts);
        if (!p.frontFacing(0, camH, 0)) {
            return;
        }
        (level == 0 ? body : level == 1 ? detail : fine).add(p);
        for (int i = 0; i < pts.length; i += 3) {
            minX = Math.min(minX, pts[i]); maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]); maxY = Math.max(maxY, pts[i + 1]);
            minZ = Math.min(minZ, pts[i + 2]); maxZ = Math.max(maxZ, pts[i + 2]);
        }
    }

    /** Axis-aligned box; {@code top} may be null for no roof. */
    void box(Material side, Material top, double x0, double y0, double z0, double x1, double y1, double z1) {
        poly(side, 0, 0, -1, x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0);
        poly(side, 0, 0, 1, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1);
        poly(side, -1, 0, 0, x0, y0, z0, x0, y0, z1, x0, y1, z1, x0, y1, z0);
        poly(side, 1, 0, 0, x1, y0, z0, x1, y0, z1, x1, y1, z1, x1, y1, z0);
        if (top != null) {
            poly(top, 0, 1, 0, x0, y1, z0, x1, y1, z0, x1, y1, z1, x0, y1, z1);
        }
    }

    /** Vertical prism with a regular n-gon section: poles, tanks, trunks. */
    void prism(Material side, Material top, double x, double z, double r, double y0, double y1, int n) {
        for (int i = 0; i < n; i++) {
            double a0 = 2 * Math.PI * i / n, a1 = 2 * Math.PI * (i + 1) / n, am = (a0 + a1) / 2;
            double xa = x + r * StrictMath.sin(a0), za = z + r * StrictMath.cos(a0);
            double xb = x + r * StrictMath.sin(a1), zb = z + r * StrictMath.cos(a1);
            poly(side, StrictMath.sin(am), 0, StrictMath.cos(am), xa, y0, za, xb, y0, zb, xb, y1, zb, xa, y1, za);
        }
        if (top != null) {
            disc(top, x, y1, z, r, n);
        }
    }

    /**
     * A thin upright cylinder (pole, mast, trunk) as one quad facing the camera: it looks the same
     * as a prism from the fixed camera position and costs a third of the spans.
     */
    void pole(Material m, double x, double z, double r, double y0, double y1) {
        double dx = -x, dz = -z, len = Math.sqrt(dx * dx + dz * dz);
        if (len < 1e-9) {
            return;
        }
        double rx = -dz / len * r, rz = dx / len * r; // sideways, perpendicular to the view
        poly(m, dx, 0, dz, x - rx, y0, z - rz, x + rx, y0, z + rz, x + rx, y1, z + rz, x - rx, y1, z - rz);
    }

    /** Horizontal regular n-gon facing up: decals, roofs of round things. */
    void disc(Material m, double x, double y, double z, double r, int n) {
        double[] pts = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pts[3 * i] = x + r * StrictMath.sin(a);
            pts[3 * i + 1] = y;
            pts[3 * i + 2] = z + r * StrictMath.cos(a);
        }
        poly(m, 0, 1, 0, pts);
    }

    /** Flat ground rectangle (decal) a hair above the ground. */
    void decal(Material m, double x0, double z0, double x1, double z1) {
        poly(m, 0, 1, 0, x0, 0.01, z0, x1, 0.01, z0, x1, 0.01, z1, x0, 0.01, z1);
    }

    boolean isEmpty() {
        return body.isEmpty() && detail.isEmpty() && fine.isEmpty();
    }

    Structure build() {
        return new Structure(List.copyOf(body), List.copyOf(detail), detailSize, List.copyOf(fine), fineSize,
                minX, minY, minZ, maxX, maxY, maxZ);
    }
}
