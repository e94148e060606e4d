package org.ptzcam.media.world;

import org.ptzcam.codec.YuvFrame;

/** Measurements on the luma plane of real frames, for tests. */
final class Luma {

    private Luma() {
    }

    static int at(YuvFrame f, int x, int y) {
        return f.y().get(y * f.width() + x) & 255;
    }

    static double mean(YuvFrame f, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += at(f, x, y);
            }
        }
        return sum / ((double) (x1 - x0) * (y1 - y0));
    }

    static double mean(YuvFrame f) {
        return mean(f, 0, 0, f.width(), f.height());
    }

    /** High-frequency energy: mean squared difference between horizontal and vertical neighbours. */
    static double detail(YuvFrame f) {
        double sum = 0;
        int w = f.width(), h = f.height();
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w - 1; x++) {
                int c = at(f, x, y), dx = at(f, x + 1, y) - c, dy = at(f, x, y + 1) - c;
                sum += dx * dx + dy * dy;
            }
        }
        return sum / ((double) (w - 1) * (h - 1));
    }

    /** The centre 1/zoom of a frame blown up zoom× bilinearly: what a digital zoom would show. */
    static YuvFrame upscaledCentre(YuvFrame f, int zoom) {
        int w = f.width(), h = f.height();
        double x0 = w / 2.0 - w / 2.0 / zoom, y0 = h / 2.0 - h / 2.0 / zoom;
        YuvFrame out = YuvFrame.allocate(w, h, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = x0 + (x + 0.5) / zoom - 0.5, sy = y0 + (y + 0.5) / zoom - 0.5;
                int ix = (int) Math.floor(sx), iy = (int) Math.floor(sy);
                double fx = sx - ix, fy = sy - iy;
                double top = at(f, ix, iy) * (1 - fx) + at(f, ix + 1, iy) * fx;
                double bottom = at(f, ix, iy + 1) * (1 - fx) + at(f, ix + 1, iy + 1) * fx;
                out.y().put(y * w + x, (byte) Math.round(top * (1 - fy) + bottom * fy));
            }
        }
        return out;
    }

    /** Mean absolute difference over a region of two frames of the same size. */
    static double difference(YuvFrame a, YuvFrame b, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += Math.abs(at(a, x, y) - at(b, x, y));
            }
        }
        return sum / ((double) (x1 - x0) * (y1 - y0));
    }

    /**
     * The horizontal shift s (0 ≤ s ≤ maxShift) for which {@code b(x) ≈ a(x + s)} best over rows
     * [y0, y1): the zero-mean normalised correlation peak.
     */
    static int bestShift(YuvFrame a, YuvFrame b, int y0, int y1, int maxShift) {
        int w = a.width(), best = 0;
        double bestScore = -2;
        for (int s = 0; s <= maxShift; s++) {
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            int n = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = 0; x + s < w; x++) {
                    double va = at(a, x + s, y), vb = at(b, x, y);
                    sa += va; sb += vb; saa += va * va; sbb += vb * vb; sab += va * vb;
                    n++;
                }
            }
            double cov = sab - sa * sb / n, var = Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
            double score = var > 0 ? cov / var : 0;
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }
}
