package org.ptzcam.media.world;

import java.nio.ByteBuffer;
import org.ptzcam.media.view.Projection;

/**
 * Resamples one (or two, for U and V) equirectangular source planes into an output plane. Exact
 * texture coordinates are computed on a 16-pixel grid and interpolated in between (the error is
 * far below a pixel); cells round the zenith or nadir, where bearings turn fast, are computed
 * per pixel. Sampling is bilinear in 16.16 fixed point, wrapping round the bearing seam.
 */
final class PanoramaSampler {

    private static final int GRID = 16;
    private final int sw, sh;
    private final byte[] a, b;
    private double[] gu = new double[0], gv = new double[0];
    private byte[] rowA = new byte[0], rowB = new byte[0];
    private final double[] dir = new double[3];

    PanoramaSampler(int sw, int sh, byte[] a, byte[] b) {
        this.sw = sw;
        this.sh = sh;
        this.a = a;
        this.b = b;
    }

    /** Output pixel (x, y) looks along the ray through luma position ((x + 0.5)·scale, (y + 0.5)·scale). */
    void render(Projection p, int scale, ByteBuffer outA, ByteBuffer outB, int w, int h) {
        int gw = (w + GRID - 1) / GRID + 1, gh = (h + GRID - 1) / GRID + 1;
        if (gu.length != gw * gh) {
            gu = new double[gw * gh];
            gv = new double[gw * gh];
        }
        if (rowA.length != w) {
            rowA = new byte[w];
            rowB = new byte[w];
        }
        for (int j = 0; j < gh; j++) {
            for (int i = 0; i < gw; i++) {
                texel(p, scale, Math.min(i * GRID, w - 1), Math.min(j * GRID, h - 1));
                double u = dir[0];
                // unwrap against the left (or upper) neighbour so interpolation never crosses the seam
                int ref = i > 0 ? j * gw + i - 1 : j > 0 ? (j - 1) * gw : -1;
                if (ref >= 0) {
                    u += sw * Math.rint((gu[ref] - u) / sw);
                }
                gu[j * gw + i] = u;
                gv[j * gw + i] = dir[1];
            }
        }
        for (int y = 0; y < h; y++) {
            int j = y / GRID;
            int y0 = j * GRID, y1 = Math.min((j + 1) * GRID, h - 1);
            double ty = y1 > y0 ? (double) (y - y0) / (y1 - y0) : 0;
            for (int i = 0; i * GRID < w; i++) {
                int x0 = i * GRID, x1 = Math.min(x0 + GRID, w - 1), xEnd = Math.min(x0 + GRID, w);
                int k = j * gw + i;
                double ul = lerp(gu[k], gu[k + gw], ty), ur = lerp(gu[k + 1], gu[k + gw + 1], ty);
                double vl = lerp(gv[k], gv[k + gw], ty), vr = lerp(gv[k + 1], gv[k + gw + 1], ty);
                double spread = Math.abs(gu[k] - gu[k + gw]) + Math.abs(gu[k + 1] - gu[k + gw + 1]);
                boolean exact = spread > sw / 8.0 || Math.abs(ul - ur) > sw / 8.0;
                for (int x = x0; x < xEnd; x++) {
                    double tx = x1 > x0 ? (double) (x - x0) / (x1 - x0) : 0;
                    double u, v;
                    if (exact) {
                        texel(p, scale, x, y);
                        u = dir[0];
                        v = dir[1];
                    } else {
                        u = lerp(ul, ur, tx);
                        v = lerp(vl, vr, tx);
                    }
                    sample(x, u, v);
                }
            }
            outA.put(y * w, rowA, 0, w);
            if (outB != null) {
                outB.put(y * w, rowB, 0, w);
            }
        }
    }

    /** Source texel coordinates (u, v) of output pixel (x, y) into dir[0..1]. */
    private void texel(Projection p, int scale, int x, int y) {
        p.ray((x + 0.5) * scale, (y + 0.5) * scale, dir);
        double bearing = StrictMath.atan2(dir[0], dir[2]);
        double el = StrictMath.atan2(dir[1], Math.sqrt(dir[0] * dir[0] + dir[2] * dir[2]));
        dir[0] = (bearing / (2 * Math.PI) + 0.5) * sw - 0.5;
        dir[1] = (0.5 - el / Math.PI) * sh - 0.5;
    }

    private void sample(int x, double u, double v) {
        long fu = (long) Math.floor(u * 65536), fv = (long) Math.floor(v * 65536);
        int x0 = (int) Math.floorMod(fu >> 16, (long) sw), x1 = x0 + 1 == sw ? 0 : x0 + 1;
        int wx = (int) (fu >> 8) & 255, wy = (int) (fv >> 8) & 255;
        int yr = (int) (fv >> 16);
        int r0 = Math.max(0, Math.min(sh - 1, yr)) * sw, r1 = Math.max(0, Math.min(sh - 1, yr + 1)) * sw;
        rowA[x] = (byte) bilinear(a, r0, r1, x0, x1, wx, wy);
        if (b != null) {
            rowB[x] = (byte) bilinear(b, r0, r1, x0, x1, wx, wy);
        }
    }

    private static int bilinear(byte[] s, int r0, int r1, int x0, int x1, int wx, int wy) {
        int top = (s[r0 + x0] & 255) * (256 - wx) + (s[r0 + x1] & 255) * wx;
        int bot = (s[r1 + x0] & 255) * (256 - wx) + (s[r1 + x1] & 255) * wx;
        return (top * (256 - wy) + bot * wy + 32768) >> 16;
    }

    private static double lerp(double p, double q, double t) {
        return p + (q - p) * t;
    }
}
