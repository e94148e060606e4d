package org.ptzcam.codec;

import java.nio.ByteBuffer;
import java.util.List;

/** Peak signal-to-noise ratio between two frames of the same size. */
public final class Psnr {

    private Psnr() {
    }

    /** PSNR in dB over all three planes (luma weighted by its sample count); 100 if identical. */
    public static double of(YuvFrame a, YuvFrame b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException(a.width() + "x" + a.height() + " vs " + b.width() + "x" + b.height());
        }
        int luma = a.width() * a.height();
        double sse = sse(a.y(), b.y(), luma) + sse(a.u(), b.u(), luma / 4) + sse(a.v(), b.v(), luma / 4);
        return fromMse(sse / (luma * 1.5));
    }

    /** PSNR of the luma plane only. */
    public static double luma(YuvFrame a, YuvFrame b) {
        int n = a.width() * a.height();
        return fromMse(sse(a.y(), b.y(), n) / n);
    }

    /**
     * PSNR of the luma inside rectangles (each {@code {x, y, width, height}}, clipped to the picture;
     * overlaps count twice), e.g. the moving objects of a test scene; 100 if identical or empty.
     */
    public static double lumaIn(YuvFrame a, YuvFrame b, List<int[]> rects) {
        double sse = 0;
        long n = 0;
        for (int[] r : rects) {
            for (int y = Math.max(0, r[1]); y < Math.min(a.height(), r[1] + r[3]); y++) {
                for (int x = Math.max(0, r[0]); x < Math.min(a.width(), r[0] + r[2]); x++) {
                    int d = (a.y().get(y * a.width() + x) & 0xff) - (b.y().get(y * b.width() + x) & 0xff);
                    sse += d * d;
                    n++;
                }
            }
        }
        return n == 0 ? 100 : fromMse(sse / n);
    }

    private static double fromMse(double mse) {
        return mse == 0 ? 100 : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    private static double sse(ByteBuffer a, ByteBuffer b, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int d = (a.get(i) & 0xff) - (b.get(i) & 0xff);
            sum += d * d;
        }
        return sum;
    }
}
