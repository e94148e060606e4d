package org.ptzcam.media.view;

import java.nio.ByteBuffer;
import org.ptzcam.codec.YuvFrame;

/**
 * Lens defocus: a blur whose radius grows as focus drops below 1 (sharp). Two box passes each way
 * approximate a soft disc. Costs nothing when in focus, which is the usual case.
 */
public final class Defocus {

    /** Blur radius at focus 0, as a fraction of the frame width. */
    static final double MAX_RADIUS_FRACTION = 1 / 160.0;

    private Defocus() {
    }

    /** Blur radius in luma pixels for a focus value and frame width. */
    public static int radius(double focus, int width) {
        double f = Math.max(0, Math.min(1, focus));
        return (int) Math.round((1 - f) * width * MAX_RADIUS_FRACTION);
    }

    public static void apply(YuvFrame frame, double focus) {
        int r = radius(focus, frame.width());
        if (r == 0) {
            return;
        }
        blur(frame.y(), frame.width(), frame.height(), r);
        int cr = Math.max(1, r / 2);
        blur(frame.u(), frame.width() / 2, frame.height() / 2, cr);
        blur(frame.v(), frame.width() / 2, frame.height() / 2, cr);
    }

    private static void blur(ByteBuffer plane, int w, int h, int r) {
        byte[] px = new byte[w * h];
        plane.get(0, px);
        int[] line = new int[Math.max(w, h)];
        for (int pass = 0; pass < 2; pass++) {
            for (int y = 0; y < h; y++) {
                box(px, y * w, 1, w, r, line);
            }
            for (int x = 0; x < w; x++) {
                box(px, x, w, h, r, line);
            }
        }
        plane.put(0, px);
    }

    /** Running-sum box filter along one line, edges clamped. */
    private static void box(byte[] px, int start, int step, int n, int r, int[] line) {
        for (int i = 0; i < n; i++) {
            line[i] = px[start + i * step] & 255;
        }
        int sum = 0, win = 2 * r + 1;
        for (int i = -r; i <= r; i++) {
            sum += line[Math.max(0, Math.min(n - 1, i))];
        }
        for (int i = 0; i < n; i++) {
            px[start + i * step] = (byte) ((sum + win / 2) / win);
            sum += line[Math.min(n - 1, i + r + 1)] - line[Math.max(0, i - r)];
        }
    }
}
