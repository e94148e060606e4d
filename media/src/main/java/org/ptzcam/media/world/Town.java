package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The town round the camera: a paved plaza (camera mast at its centre) inside a ring road, a grid
 * of streets with sidewalks, an avenue running north, a park to the south-east and blocks of
 * two- to four-storey buildings along the streets. Fills the ground map and lists the buildings.
 */
final class Town {

    /** Street centre lines, both directions (metres); streets are 10 m wide with 4 m sidewalks. */
    static final double[] STREETS = {-137, -37, 37, 137};
    static final double ROAD_HALF = 5, SIDEWALK = 4, GRID_END = 190;
    /** Block extents between streets along one axis; the middle one holds the plaza. */
    private static final double[][] BANDS = {{-128, -46}, {-28, 28}, {46, 128}};

    private final GroundMap ground = new GroundMap();
    private final List<Structure> buildings = new ArrayList<>();

    Town(long seed, double camH) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x70E1L);
        paveGround();
        for (double[] bx : BANDS) {
            for (double[] bz : BANDS) {
                boolean plaza = bx[0] < 0 && bx[1] > 0 && bz[0] < 0 && bz[1] > 0;
                boolean park = bx[0] > 0 && bz[1] < 0 && bz[0] < -100;
                if (plaza || park) {
                    continue;
                }
                if (bx[0] < 0 && bx[1] > 0 && bz[0] > 0) { // the avenue splits the north block
                    block(camH, rnd, bx[0], bz[0], -ROAD_HALF - SIDEWALK, bz[1]);
                    block(camH, rnd, ROAD_HALF + SIDEWALK, bz[0], bx[1], bz[1]);
                } else {
                    block(camH, rnd, bx[0], bz[0], bx[1], bz[1]);
                }
            }
        }
    }

    GroundMap ground() { return ground; }
    List<Structure> buildings() { return buildings; }

    private void paveGround() {
        double e = GroundMap.HALF_EXTENT_M;
        ground.fill(-e, -e, e, e, GroundMap.FIELD);
        ground.fill(-GRID_END, -GRID_END, GRID_END, GRID_END, GroundMap.GRASS);
        double w = ROAD_HALF + SIDEWALK;
        for (double c : STREETS) {
            ground.fill(c - w, -GRID_END, c + w, GRID_END, GroundMap.SIDEWALK);
            ground.fill(-GRID_END, c - w, GRID_END, c + w, GroundMap.SIDEWALK);
        }
        ground.fill(-w, 0, w, e, GroundMap.SIDEWALK);
        for (double c : STREETS) {
            ground.fill(c - ROAD_HALF, -GRID_END, c + ROAD_HALF, GRID_END, GroundMap.ASPHALT);
            ground.fill(-GRID_END, c - ROAD_HALF, GRID_END, c + ROAD_HALF, GroundMap.ASPHALT);
        }
        ground.fill(-ROAD_HALF, 37, ROAD_HALF, e, GroundMap.ASPHALT);
        ground.fill(-28, -28, 28, 28, GroundMap.PAVING);
        ground.fill(-14, 8, -6, 14, GroundMap.WATER);
        ground.fill(84, -128, 90, -46, GroundMap.GRAVEL);  // park paths
        ground.fill(46, -90, 128, -84, GroundMap.GRAVEL);
    }

    /** Buildings along all four edges of a block, corners left to the north and south rows. */
    private void block(double camH, SplittableRandom rnd, double x0, double z0, double x1, double z1) {
        double depth = 12;
        row(camH, rnd, x0, x1, true, z0, z0 + depth);
        row(camH, rnd, x0, x1, true, z1 - depth, z1);
        if (z1 - z0 > 2 * depth + 8) {
            row(camH, rnd, z0 + depth + 2, z1 - depth - 2, false, x0, x0 + depth);
            row(camH, rnd, z0 + depth + 2, z1 - depth - 2, false, x1 - depth, x1);
        }
    }

    /** Buildings side by side from a to b along x (alongX) or z; c0..c1 is the other axis. */
    private void row(double camH, SplittableRandom rnd, double a, double b, boolean alongX, double c0, double c1) {
        double pos = a;
        while (b - pos >= 8) {
            double width = Math.min(b - pos, rnd.nextDouble(10, 24));
            if (b - pos - width < 8) {
                width = b - pos;
            }
            int storeys = 2 + rnd.nextInt(3);
            buildings.add(alongX
                    ? Buildings.build(camH, rnd, pos, c0, pos + width, c1, storeys)
                    : Buildings.build(camH, rnd, c0, pos, c1, pos + width, storeys));
            pos += width + (rnd.nextInt(3) == 0 ? rnd.nextDouble(2, 5) : 0);
        }
    }
}
