package org.ptzcam.media.world;

import java.util.SplittableRandom;

/**
 * Box buildings with windows: glass per window as detail, mullions and sills as fine detail,
 * some windows lit at night. Storeys are 3.2 m; a parapet tops the flat roof.
 */
final class Buildings {

    static final double STOREY_M = 3.2;
    private static final Material[] FACADES = {Material.PLASTER_CREAM, Material.PLASTER_BLUE,
        Material.PLASTER_WHITE, Material.PLASTER_OCHRE, Material.BRICK, Material.CONCRETE, Material.BRICK};

    private Buildings() {
    }

    static Material randomFacade(SplittableRandom rnd) {
        return FACADES[rnd.nextInt(FACADES.length)];
    }

    /** A building on footprint [x0, x1] × [z0, z1] with a number of storeys. */
    static Structure build(double camH, SplittableRandom rnd, double x0, double z0, double x1, double z1, int storeys) {
        Material facade = randomFacade(rnd);
        double h = storeys * STOREY_M;
        Shapes s = new Shapes(camH);
        s.box(facade, rnd.nextBoolean() ? Material.ROOF : Material.GRAVEL, x0, 0, z0, x1, h, z1);
        // parapet: a thin band that reads as the roof edge at any distance
        s.box(Material.CONCRETE, null, x0 - 0.15, h, z0 - 0.15, x1 + 0.15, h + 0.5, z1 + 0.15);
        double lit = rnd.nextDouble(0.15, 0.55);
        walls(s, rnd, x0, z0, x1, z1, storeys, lit);
        return s.build();
    }

    private static void walls(Shapes s, SplittableRandom rnd, double x0, double z0, double x1, double z1,
                              int storeys, double lit) {
        wall(s, rnd, x0, z0, x1, z0, 0, -1, storeys, lit);
        wall(s, rnd, x1, z1, x0, z1, 0, 1, storeys, lit);
        wall(s, rnd, x0, z1, x0, z0, -1, 0, storeys, lit);
        wall(s, rnd, x1, z0, x1, z1, 1, 0, storeys, lit);
    }

    /** Windows on the wall from (ax, az) to (bx, bz) whose outside is (nx, nz). */
    private static void wall(Shapes s, SplittableRandom rnd, double ax, double az, double bx, double bz,
                             double nx, double nz, int storeys, double lit) {
        double len = Math.hypot(bx - ax, bz - az);
        int count = (int) ((len - 1) / 3.0);
        if (count < 1) {
            return;
        }
        double ux = (bx - ax) / len, uz = (bz - az) / len, pitch = len / count;
        double ox = ax + nx * 0.02, oz = az + nz * 0.02; // a hair proud of the wall
        for (int k = 0; k < storeys; k++) {
            double y0 = k * STOREY_M + (k == 0 ? 0.5 : 0.9), y1 = k * STOREY_M + 2.5;
            for (int i = 0; i < count; i++) {
                double mid = (i + 0.5) * pitch, half = k == 0 ? Math.min(1.2, pitch / 2 - 0.4) : 0.65;
                boolean isLit = rnd.nextDouble() < lit;
                Material glass = isLit ? Material.WINDOW_LIT : Material.GLASS;
                boolean door = k == 0 && i == count / 2;
                double g0 = door ? 0 : y0;
                s.detail(1.3).poly(door ? Material.DOOR : glass, nx, 0, nz,
                        pts(ox, oz, ux, uz, mid - half, g0, mid + half, y1));
                if (door) {
                    continue;
                }
                // sky reflected in the upper corner of the pane (gone when the room is lit at night)
                s.fine(0.1);
                double h = y1 - y0, wd = 2 * half;
                s.poly(isLit ? Material.REFLECTION_LIT : Material.REFLECTION, nx, 0, nz,
                        tri(ox, oz, ux, uz, mid - half, y1, mid - half + 0.55 * wd, y1, mid - half, y1 - 0.7 * h));
                double m = 0.05;
                s.poly(Material.FRAME, nx, 0, nz, pts(ox, oz, ux, uz, mid - m, y0, mid + m, y1));
                s.poly(Material.FRAME, nx, 0, nz, pts(ox, oz, ux, uz, mid - half, (y0 + y1) / 2 + 0.25 - m,
                        mid + half, (y0 + y1) / 2 + 0.25 + m));
                s.poly(Material.CONCRETE, nx, 0, nz, pts(ox, oz, ux, uz, mid - half - 0.1, y0 - 0.12,
                        mid + half + 0.1, y0));
            }
            // a string course under each upper floor's windows
            if (k > 0) {
                s.detail(0.25).poly(Material.CONCRETE, nx, 0, nz, pts(ox, oz, ux, uz, 0, k * STOREY_M + 0.55,
                        len, k * STOREY_M + 0.75));
            }
        }
        // drainpipes at both ends of the wall
        s.fine(0.1);
        s.poly(Material.POLE, nx, 0, nz, pts(ox, oz, ux, uz, 0.15, 0, 0.27, storeys * STOREY_M));
        s.poly(Material.POLE, nx, 0, nz, pts(ox, oz, ux, uz, len - 0.27, 0, len - 0.15, storeys * STOREY_M));
        s.body();
    }

    private static double[] tri(double ox, double oz, double ux, double uz, double u0, double y0, double u1, double y1,
                                double u2, double y2) {
        return new double[] {
            ox + ux * u0, y0, oz + uz * u0, ox + ux * u1, y1, oz + uz * u1, ox + ux * u2, y2, oz + uz * u2,
        };
    }

    /** A wall-aligned rectangle: along-wall u0..u1, height y0..y1. */
    private static double[] pts(double ox, double oz, double ux, double uz, double u0, double y0, double u1, double y1) {
        return new double[] {
            ox + ux * u0, y0, oz + uz * u0, ox + ux * u1, y0, oz + uz * u1,
            ox + ux * u1, y1, oz + uz * u1, ox + ux * u0, y1, oz + uz * u0,
        };
    }
}
