package org.ptzcam.media.image;

/**
 * Sharpness on the luma plane around a 3×3 binomial blur B ([1 2 1]/4 each way): below 50 the
 * picture moves toward B (0 = fully blurred), above 50 an unsharp mask adds {@code k·(Y − B)} with
 * k up to 2 at 100. 50 leaves the plane untouched and costs nothing. Horizontal sums live in a ring
 * of three rows, so the plane is filtered in place in one pass.
 */
final class Sharpness {

    private int[][] ring = new int[3][0];
    private int[] blur = new int[0];

    /** Filter strength in 1/256 for a setting: negative blurs, positive sharpens, 0 = untouched. */
    static int strength(int sharpness) {
        if (sharpness < 50) {
            return -Math.round((50 - sharpness) * 256 / 50f);
        }
        return Math.round((sharpness - 50) * 512 / 50f);
    }

    void apply(byte[] y, int width, int height, int sharpness) {
        int k = strength(sharpness);
        if (k == 0) {
            return;
        }
        if (ring[0].length != width) {
            ring = new int[3][width];
            blur = new int[width];
        }
        // ring slot r % 3 holds the horizontal sums of source row r (clamped to the plane)
        horizontal(y, 0, width, ring[2]); // row −1 repeats row 0
        horizontal(y, 0, width, ring[0]);
        horizontal(y, Math.min(1, height - 1), width, ring[1]);
        for (int row = 0; row < height; row++) {
            int[] a = ring[(row + 2) % 3], b = ring[row % 3], c = ring[(row + 1) % 3];
            int o = row * width;
            int[] bl = blur;
            for (int x = 0; x < width; x++) {
                bl[x] = (a[x] + 2 * b[x] + c[x] + 8) >> 4;
            }
            // out = v + (v − blur)·k/256: k > 0 sharpens, k < 0 moves toward the blur
            for (int x = 0; x < width; x++) {
                int v = y[o + x] & 255;
                y[o + x] = (byte) Math.max(0, Math.min(255, v + ((v - bl[x]) * k >> 8)));
            }
            // row − 1's slot is free now: fill it with row + 2, still unfiltered
            horizontal(y, Math.min(height - 1, row + 2), width, ring[(row + 2) % 3]);
        }
    }

    /** [1 2 1] along one source row, edges repeated. */
    private static void horizontal(byte[] y, int row, int width, int[] out) {
        int o = row * width;
        out[0] = 3 * (y[o] & 255) + (y[o + Math.min(1, width - 1)] & 255);
        for (int x = 1; x < width - 1; x++) {
            out[x] = (y[o + x - 1] & 255) + 2 * (y[o + x] & 255) + (y[o + x + 1] & 255);
        }
        out[width - 1] = (y[o + Math.max(0, width - 2)] & 255) + 3 * (y[o + width - 1] & 255);
    }
}
