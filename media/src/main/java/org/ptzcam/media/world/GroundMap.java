package org.ptzcam.media.world;

/**
 * What the ground is made of near the camera: a 256 × 256 grid of 2 m cells centred on the camera
 * (±256 m), one ground kind per cell. Boundaries sit on exact cell edges, so they stay crisp at any
 * zoom; texture inside a cell (tile joints, grain) is computed per pixel by {@link GroundPainter}.
 * Written only while the scene is built.
 */
final class GroundMap {

    static final int SIZE = 256;
    static final double CELL_M = 2;
    static final double HALF_EXTENT_M = SIZE * CELL_M / 2;

    /** Ground kinds by id; joints: period mask and width in ground units (2^-22 m), darkening in luma. */
    static final Material[] KINDS = {
        Material.GRASS, Material.PAVING, Material.SIDEWALK, Material.ASPHALT,
        Material.WATER, Material.FIELD, Material.GRAVEL,
    };
    static final int GRASS = 0, PAVING = 1, SIDEWALK = 2, ASPHALT = 3, WATER = 4, FIELD = 5, GRAVEL = 6;
    static final int UNIT_BITS = 22; // ground painter fixed point: 2^22 units per metre
    static final int[] JOINT_MASK = {0, (1 << 22) - 1, (1 << 23) - 1, 0, 0, 0, 0};
    static final int[] JOINT_WIDTH = {0, 14 << 12, 16 << 12, 0, 0, 0, 0};
    static final int[] JOINT_DARK = {0, 34, 30, 0, 0, 0, 0};

    private final byte[] cells = new byte[SIZE * SIZE];

    byte[] cells() {
        return cells;
    }

    /** Sets every cell whose centre lies in [x0, x1) × [z0, z1) (metres) to a ground kind. */
    void fill(double x0, double z0, double x1, double z1, int kind) {
        for (int iz = 0; iz < SIZE; iz++) {
            double zc = (iz + 0.5) * CELL_M - HALF_EXTENT_M;
            if (zc < z0 || zc >= z1) {
                continue;
            }
            for (int ix = 0; ix < SIZE; ix++) {
                double xc = (ix + 0.5) * CELL_M - HALF_EXTENT_M;
                if (xc >= x0 && xc < x1) {
                    cells[iz * SIZE + ix] = (byte) kind;
                }
            }
        }
    }

    int kindAt(double x, double z) {
        int ix = (int) Math.floor(x / CELL_M) + SIZE / 2, iz = (int) Math.floor(z / CELL_M) + SIZE / 2;
        return cells[(iz & (SIZE - 1)) * SIZE + (ix & (SIZE - 1))];
    }
}
