package org.ptzcam.media.world;

/**
 * Close-up ground texture: round stones of aggregate in asphalt, pebbles in gravel, tufts in grass
 * (paving shows its slabs instead). Each cell of a fixed world grid may hold one disc, jittered and sized by a
 * hash of the cell, evaluated per pixel at the pixel's own ground position. Only drawn when a
 * disc spans several pixels; farther away the per-pixel grain stands in for it.
 */
enum GroundSpeckle {
    NONE(0, 0, 0),
    AGGREGATE(15, 150, 26),
    PEBBLES(16, 230, 26),
    TUFTS(15, 190, 20),
    CLODS(16, 150, 14);

    final int cellShift;
    private final int coverage;
    private final int amplitude;

    GroundSpeckle(int cellShift, int coverage, int amplitude) {
        this.cellShift = cellShift;
        this.coverage = coverage;
        this.amplitude = amplitude;
    }

    /** The speckle of each ground kind, by {@link GroundMap} id. */
    static GroundSpeckle of(int kind) {
        return switch (kind) {
            case GroundMap.ASPHALT -> AGGREGATE;
            case GroundMap.GRAVEL -> PEBBLES;
            case GroundMap.GRASS -> TUFTS;
            case GroundMap.FIELD -> CLODS;
            default -> NONE;
        };
    }

    /** Cell size in metres; discs are drawn once a cell spans five pixels (about 6 ns a pixel). */
    double cellM() {
        return Math.scalb(1.0, cellShift - GroundMap.UNIT_BITS);
    }

    int headroom() {
        return amplitude;
    }

    /** Luma [a, b) of a run starting at ground position (x, z), stepping (dx, dz) per pixel. */
    void fill(Scanline s, int a, int b, int x, int z, int dx, int dz, int base, int mult) {
        byte[] y = s.y, noise = s.noise;
        int shift = cellShift, sub = cellShift - 4, cover = coverage, amp = amplitude;
        for (int k = a; k < b; k++) {
            // multiplicative hash of the cell; its high bits are well mixed
            int h = ((x >> shift) * 0x9E3779B1 ^ (z >> shift) * 0x85EBCA77) * 0x2C1B3C6D;
            // disc centre jittered ±4/16 of a cell, radius² 9…33 (sixteenths); branch-free, as the
            // cell changes every few pixels and a mispredicted branch costs more than the arithmetic
            int lx = ((x >> sub) & 15) - 4 - ((h >>> 20) & 7), lz = ((z >> sub) & 15) - 4 - ((h >>> 23) & 7);
            int inside = ((lx * lx + lz * lz - 9 - ((h >>> 26) & 3) * 8) >> 31) & ((((h >>> 12) & 255) - cover) >> 31);
            y[k] = (byte) (base + (((h & 255) - 128) * amp >> 7 & inside) + noise[k] * mult);
            x += dx;
            z += dz;
        }
    }
}
