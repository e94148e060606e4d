package org.ptzcam.media.image;

import java.nio.ByteBuffer;
import org.ptzcam.codec.YuvFrame;

/** Measurements on frames for the image-stage tests and tools. */
final class FrameStats {

    private FrameStats() {
    }

    static YuvFrame copy(YuvFrame f) {
        YuvFrame c = YuvFrame.allocate(f.width(), f.height(), f.captureNanos());
        c.y().put(0, f.y(), 0, f.width() * f.height());
        c.u().put(0, f.u(), 0, f.width() * f.height() / 4);
        c.v().put(0, f.v(), 0, f.width() * f.height() / 4);
        return c;
    }

    static void copyInto(YuvFrame from, YuvFrame to) {
        to.y().put(0, from.y(), 0, from.width() * from.height());
        to.u().put(0, from.u(), 0, from.width() * from.height() / 4);
        to.v().put(0, from.v(), 0, from.width() * from.height() / 4);
    }

    static byte[] luma(YuvFrame f) {
        byte[] out = new byte[f.width() * f.height()];
        f.y().get(0, out);
        return out;
    }

    static double meanLuma(YuvFrame f) {
        return meanLuma(f, 0, f.height());
    }

    /** Mean luma of rows [from, to). */
    static double meanLuma(YuvFrame f, int fromRow, int toRow) {
        ByteBuffer y = f.y();
        long sum = 0;
        for (int i = fromRow * f.width(); i < toRow * f.width(); i++) {
            sum += y.get(i) & 255;
        }
        return (double) sum / ((toRow - fromRow) * (long) f.width());
    }

    static double stdLuma(YuvFrame f) {
        double m = meanLuma(f), s = 0;
        int n = f.width() * f.height();
        for (int i = 0; i < n; i++) {
            double d = (f.y().get(i) & 255) - m;
            s += d * d;
        }
        return Math.sqrt(s / n);
    }

    /** Largest distance of any U or V sample from 128. */
    static int maxChromaDeviation(YuvFrame f) {
        int n = f.width() * f.height() / 4, max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs((f.u().get(i) & 255) - 128));
            max = Math.max(max, Math.abs((f.v().get(i) & 255) - 128));
        }
        return max;
    }

    /** Mean distance of U and V from 128. */
    static double meanChromaDeviation(YuvFrame f) {
        int n = f.width() * f.height() / 4;
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs((f.u().get(i) & 255) - 128) + Math.abs((f.v().get(i) & 255) - 128);
        }
        return s / (2.0 * n);
    }

    /** Mean squared horizontal + vertical neighbour difference of the luma: high-frequency energy. */
    static double highFrequencyEnergy(YuvFrame f) {
        int w = f.width(), h = f.height();
        double s = 0;
        for (int row = 0; row < h - 1; row++) {
            for (int x = 0; x < w - 1; x++) {
                int c = f.y().get(row * w + x) & 255;
                int dx = (f.y().get(row * w + x + 1) & 255) - c;
                int dy = (f.y().get((row + 1) * w + x) & 255) - c;
                s += dx * dx + dy * dy;
            }
        }
        return s / ((w - 1.0) * (h - 1));
    }

    /** Variance of the luma difference of two frames, halved: the per-frame temporal noise variance. */
    static double temporalNoiseVariance(YuvFrame a, YuvFrame b) {
        int n = a.width() * a.height();
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            int d = (a.y().get(i) & 255) - (b.y().get(i) & 255);
            s += d;
            s2 += (double) d * d;
        }
        double m = s / n;
        return (s2 / n - m * m) / 2;
    }

    /** Mean absolute luma difference of two frames. */
    static double meanAbsDifference(YuvFrame a, YuvFrame b) {
        int n = a.width() * a.height();
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs((a.y().get(i) & 255) - (b.y().get(i) & 255));
        }
        return (double) s / n;
    }

    /** Mean squared luma difference of two frames. */
    static double meanSquaredDifference(YuvFrame a, YuvFrame b) {
        int n = a.width() * a.height();
        double s = 0;
        for (int i = 0; i < n; i++) {
            int d = (a.y().get(i) & 255) - (b.y().get(i) & 255);
            s += d * d;
        }
        return s / n;
    }

    /**
     * The integer (dx, dy) within ±{@code range} that best moves the central block of {@code a} onto
     * {@code b} (least mean absolute difference): how far the picture shifted from a to b.
     */
    static int[] shift(YuvFrame a, YuvFrame b, int range) {
        int w = a.width(), h = a.height();
        int bw = w / 3, bh = h / 3, x0 = (w - bw) / 2, y0 = (h - bh) / 2;
        byte[] la = luma(a), lb = luma(b);
        long best = Long.MAX_VALUE;
        int[] out = {0, 0};
        for (int dy = -range; dy <= range; dy++) {
            for (int dx = -range; dx <= range; dx++) {
                long sad = 0;
                for (int r = 0; r < bh; r += 2) {
                    int ia = (y0 + r) * w + x0, ib = (y0 + r + dy) * w + x0 + dx;
                    for (int c = 0; c < bw; c += 2) {
                        sad += Math.abs((la[ia + c] & 255) - (lb[ib + c] & 255));
                    }
                }
                if (sad < best) {
                    best = sad;
                    out[0] = dx;
                    out[1] = dy;
                }
            }
        }
        return out;
    }

    /**
     * Mean absolute luma difference between {@code zoomed} and {@code wide} scaled up by
     * {@code scale} about its centre (nearest sample), over the central half of the picture.
     */
    static double scaledDifference(YuvFrame wide, YuvFrame zoomed, double scale) {
        int w = wide.width(), h = wide.height();
        byte[] a = luma(wide), b = luma(zoomed);
        long s = 0, n = 0;
        for (int row = h / 4; row < 3 * h / 4; row++) {
            int sy = (int) Math.round((row + 0.5 - h / 2.0) / scale + h / 2.0 - 0.5);
            for (int x = w / 4; x < 3 * w / 4; x++) {
                int sx = (int) Math.round((x + 0.5 - w / 2.0) / scale + w / 2.0 - 0.5);
                s += Math.abs((b[row * w + x] & 255) - (a[sy * w + sx] & 255));
                n++;
            }
        }
        return (double) s / n;
    }
}
