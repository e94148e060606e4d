package org.ptzcam.media.world;

import org.ptzcam.media.view.Projection;

/**
 * Fine texture on every surface, one pixel per noise cell at any zoom, so faces keep pixel-scale
 * detail at 30× instead of going flat (an upscaled bitmap would blur).
 *
 * <p>The noise is fixed to view directions, linearised about the optical axis: a 256×256 tile is
 * offset by the pan and tilt angles times the focal length, so when the camera turns the grain
 * travels with the scene (exactly at the image centre, within a few pixels at the edges).
 * Painters add {@code noise · multiplier} with noise −4…3 and a per-surface multiplier, which
 * keeps the sum in a byte-sized multiply the JIT vectorises.
 */
final class Grain {

    private static final int SIZE = 256;
    private final byte[] tile = new byte[SIZE * SIZE];
    private int ox;
    private int oy;

    Grain(long seed) {
        for (int yy = 0; yy < SIZE; yy++) {
            for (int xx = 0; xx < SIZE; xx++) {
                int fine = hash(seed, xx, yy);
                int coarse = hash(seed + 1, xx >> 2, yy >> 2);
                int n = Math.floorDiv(fine * 5 + coarse * 3, 8 * 24); // std ≈ 2.2 noise units
                tile[yy * SIZE + xx] = (byte) Math.max(-4, Math.min(3, n));
            }
        }
    }

    /** Signed noise −128…127 at integer cell coordinates. */
    static int hash(long seed, int x, int y) {
        long h = seed * 0x9E3779B97F4A7C15L + x * 0xC2B2AE3D27D4EB4FL + y * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) (h >> 56);
    }

    /** The multiplier for a grain amplitude in luma steps: noise · multiplier stays within ±amplitude. */
    static int multiplier(int amplitude) {
        return Math.max(0, amplitude / 4);
    }

    /** Sets the tile offset for a view. */
    void aim(Projection p, double panRad, double tiltRad) {
        ox = (int) Math.floor(panRad * p.focalPx()) & (SIZE - 1);
        oy = (int) Math.floor(-tiltRad * p.focalPx()) & (SIZE - 1);
    }

    /** Loads the noise of image row r into {@code row[lo..hi)}. */
    void loadRow(byte[] row, int lo, int hi, int r) {
        int trow = ((r + oy) & (SIZE - 1)) * SIZE;
        for (int col = lo; col < hi; ) {
            int start = (col + ox) & (SIZE - 1), len = Math.min(SIZE - start, hi - col);
            System.arraycopy(tile, trow + start, row, col, len);
            col += len;
        }
    }
}
