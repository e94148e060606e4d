package org.ptzcam.media.image;

/**
 * Scales the central part of a plane back to the full plane size, bilinear with 8-bit weights:
 * stabilization's "the image is slightly cropped". Separable: each output row first blends its two
 * source rows over the kept columns, then interpolates along that row. Tables are built once per
 * size.
 */
final class CentralCrop {

    private final double keep;
    private int w = -1;
    private int h = -1;
    private int[] x0;
    private int[] fx;
    private int[] y0;
    private int[] fy;
    private int[] line;

    /** @param keep fraction of width and height kept, e.g. 0.9 */
    CentralCrop(double keep) {
        this.keep = keep;
    }

    /** Reads {@code src} (w×h) and writes the scaled-up centre into {@code dst} (w×h). */
    void apply(byte[] src, byte[] dst, int width, int height) {
        if (width != w || height != h) {
            w = width;
            h = height;
            x0 = new int[width];
            fx = new int[width];
            y0 = new int[height];
            fy = new int[height];
            table(width, x0, fx);
            table(height, y0, fy);
            line = new int[width];
        }
        int first = x0[0], last = x0[width - 1] + 1;
        int[] l = line;
        for (int row = 0; row < height; row++) {
            int top = y0[row] * width, bottom = top + width, wy = fy[row], o = row * width;
            for (int x = first; x <= last; x++) {
                int a = src[top + x] & 255;
                l[x] = (a << 8) + ((src[bottom + x] & 255) - a) * wy; // ×256
            }
            for (int x = 0; x < width; x++) {
                int i = x0[x], a = l[i];
                dst[o + x] = (byte) (((a << 8) + (l[i + 1] - a) * fx[x] + 32768) >> 16);
            }
        }
    }

    /** Source index (left/top of the pair) and 8-bit fraction per output index. */
    private void table(int n, int[] index, int[] frac) {
        double start = n * (1 - keep) / 2;
        for (int i = 0; i < n; i++) {
            double s = start + (i + 0.5) * keep - 0.5;
            int base = (int) Math.floor(s);
            int f = (int) Math.round((s - base) * 256);
            if (f == 256) {
                base++;
                f = 0;
            }
            if (base > n - 2) {
                base = n - 2;
                f = 256;
            }
            index[i] = Math.max(0, base);
            frac[i] = f;
        }
    }
}
