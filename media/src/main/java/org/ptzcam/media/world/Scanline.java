package org.ptzcam.media.world;

/**
 * The row being painted: luma, grain noise and coverage for one image row, chroma for one chroma
 * row. Everything is painted row by row into these few kilobytes (they stay in the L1 cache)
 * and each finished row is copied into the output frame, so a world needs no frame-sized
 * scratch. Arrays are indexed by column, the same index in each, which lets the JIT vectorise
 * the fill loops.
 */
final class Scanline {

    final int width;
    final int height;
    final int chromaWidth;
    final int chromaHeight;
    /** Luma of the current row. */
    final byte[] y;
    /** Grain noise (−4…3) for the current row, fixed to view directions (see {@link Grain}). */
    final byte[] noise;
    /** Non-zero where something stands in front of the ground on the current row. */
    final byte[] cover;
    final byte[] u;
    final byte[] v;

    Scanline(int width, int height) {
        this.width = width;
        this.height = height;
        this.chromaWidth = width / 2;
        this.chromaHeight = height / 2;
        this.y = new byte[width];
        this.noise = new byte[width];
        this.cover = new byte[width];
        this.u = new byte[width / 2];
        this.v = new byte[width / 2];
    }

    /** Luma [a, b) = base + noise · mult, optionally marking the pixels as covering the ground. */
    void fillLuma(int a, int b, int base, int mult, boolean markCover) {
        byte[] yy = y, n = noise, c = cover;
        if (markCover) {
            for (int k = a; k < b; k++) {
                yy[k] = (byte) (base + n[k] * mult);
                c[k] = 1;
            }
        } else if (mult == 0) {
            java.util.Arrays.fill(yy, a, b, (byte) base);
        } else {
            for (int k = a; k < b; k++) {
                yy[k] = (byte) (base + n[k] * mult);
            }
        }
    }

    /** First column ≥ from whose cover equals {@code value} (0 or 1), or width; eight at a time. */
    int nextCover(int from, int value) {
        long other = value == 0 ? 0x0101010101010101L : 0;
        int k = from;
        while (k + 8 <= width && (long) LONGS.get(cover, k) == other) {
            k += 8;
        }
        while (k < width && cover[k] != value) {
            k++;
        }
        return k;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Chroma [a, b) of the current chroma row. */
    void fillChroma(int a, int b, int ub, int vb) {
        if (b - a < 48) { // short spans: one plain loop beats two library fills
            for (int k = a; k < b; k++) {
                u[k] = (byte) ub;
                v[k] = (byte) vb;
            }
        } else {
            java.util.Arrays.fill(u, a, b, (byte) ub);
            java.util.Arrays.fill(v, a, b, (byte) vb);
        }
    }
}
