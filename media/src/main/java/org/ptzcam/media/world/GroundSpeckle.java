package org.ptzcam.media.world;

/**
 * Close-up ground texture: round stones of aggregate in asphalt, pebbles in gravel, tufts in grass
 * (paving shows its slabs instead). Each cell of a fixed world grid may hold one disc, jittered and sized by a
 * hash of the cell, evaluated per pixel at the pixel's own ground position. Only drawn when a
 * disc spans several pixels; farther away the per-pixel grain stands in for it.
 */
enum GroundSpeckle {
    NONE(0, 0, 0),
    AGGREGATE(16, 150, 26),
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

    /** Cell size in metres; discs are drawn once a cell spans five pixels both ways (foreshortening included). */
    double cellM() {
        return Math.scalb(1.0, cellShift - GroundMap.UNIT_BITS);
    }

    int headroom() {
        return amplitude;
    }

    /** Luma [a, b) of a run starting at ground position (x, z), stepping (dx, dz) per pixel. */
    void fill(Scanline s, int a, int b, int x, int z, int dx, int dz, int base, int mult) {
        byte[] y = s.y, noise = s.noise, masks = DISCS;
        int shift = cellShift, sub = cellShift - 4;
        int cellX = ~(x >> shift), cellZ = 0, variant = 0, tone = 0;
        for (int k = a; k < b; k++) {
            int cx = x >> shift, cz = z >> shift;
            if (cx != cellX || cz != cellZ) { // a new cell (every several pixels): hash it once
                cellX = cx;
                cellZ = cz;
                int h = (cx * 0x9E3779B1 ^ cz * 0x85EBCA77) * 0x2C1B3C6D; // high bits well mixed
                variant = (h >>> 24) << 8;
                tone = ((((h & 255) - 128) * amplitude) >> 7) & ((((h >>> 12) & 255) - coverage) >> 31);
            }
            int inside = masks[variant | ((z >> sub) & 15) << 4 | ((x >> sub) & 15)];
            y[k] = (byte) (base + (tone & inside) + noise[k] * mult);
            x += dx;
            z += dz;
        }
    }

    /**
     * Disc masks, −1 inside and 0 outside, for 256 variants (centre jittered ±4/16 of a cell each
     * way, radius 3…6/16) at 16 × 16 positions in a cell: one load a pixel instead of the geometry.
     */
    private static final byte[] DISCS = discs(); // constant: filled once, never written again

    private static byte[] discs() {
        byte[] m = new byte[256 * 256];
        for (int v = 0; v < 256; v++) {
            int cx = 4 + (v & 7), cz = 4 + ((v >> 3) & 7), r = 3 + (v >> 6);
            for (int lz = 0; lz < 16; lz++) {
                for (int lx = 0; lx < 16; lx++) {
                    int ex = lx - cx, ez = lz - cz;
                    m[v << 8 | lz << 4 | lx] = (byte) (ex * ex + ez * ez < r * r ? -1 : 0);
                }
            }
        }
        return m;
    }
}
