package org.ptzcam.media.overlay;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.pipeline.FrameOverlay;
import org.ptzcam.media.view.ViewState;

/** Synthetic frames and region comparisons for the overlay tests. */
final class Frames {

    private Frames() {
    }

    /** An unturned picture with no bitrate known. */
    static FrameOverlay.Context ctx(ViewState view, long sequence, long captureNanos) {
        return new FrameOverlay.Context(view, sequence, captureNanos, 0, -1);
    }

    static YuvFrame flat(int w, int h, int y, int u, int v) {
        YuvFrame f = YuvFrame.allocate(w, h, 0);
        for (int i = 0; i < w * h; i++) {
            f.y().put(i, (byte) y);
        }
        for (int i = 0; i < w * h / 4; i++) {
            f.u().put(i, (byte) u);
            f.v().put(i, (byte) v);
        }
        return f;
    }

    static YuvFrame copy(YuvFrame f) {
        YuvFrame c = YuvFrame.allocate(f.width(), f.height(), f.captureNanos());
        c.y().put(0, f.y(), 0, f.width() * f.height());
        c.u().put(0, f.u(), 0, f.width() * f.height() / 4);
        c.v().put(0, f.v(), 0, f.width() * f.height() / 4);
        return c;
    }

    static int y(YuvFrame f, int x, int y) {
        return f.y().get(y * f.width() + x) & 255;
    }

    static int u(YuvFrame f, int x, int y) {
        return f.u().get(y / 2 * (f.width() / 2) + x / 2) & 255;
    }

    static int v(YuvFrame f, int x, int y) {
        return f.v().get(y / 2 * (f.width() / 2) + x / 2) & 255;
    }

    /** Luma pixels that differ between two frames, as {minX, minY, maxX, maxY, count}; count 0 if none. */
    static int[] changed(YuvFrame a, YuvFrame b) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, count = 0;
        for (int yy = 0; yy < a.height(); yy++) {
            for (int xx = 0; xx < a.width(); xx++) {
                if (y(a, xx, yy) != y(b, xx, yy)) {
                    minX = Math.min(minX, xx);
                    minY = Math.min(minY, yy);
                    maxX = Math.max(maxX, xx);
                    maxY = Math.max(maxY, yy);
                    count++;
                }
            }
        }
        return new int[] {minX, minY, maxX, maxY, count};
    }

    /** Luma PSNR (dB) of a region; infinite when identical. */
    static double psnr(YuvFrame a, YuvFrame b, int x0, int y0, int x1, int y1) {
        double se = 0;
        int n = 0;
        for (int yy = y0; yy < y1; yy++) {
            for (int xx = x0; xx < x1; xx++) {
                double d = y(a, xx, yy) - y(b, xx, yy);
                se += d * d;
                n++;
            }
        }
        return se == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / (se / n));
    }
}
