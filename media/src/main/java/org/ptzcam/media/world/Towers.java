package org.ptzcam.media.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Distant high-rise towers: glass bands per floor as detail (visible from 1×) and mullions as fine
 * detail (only when zoomed in), with some floors lit at night.
 */
final class Towers {

    private static final double FLOOR_M = 3.6;

    private Towers() {
    }

    static void add(List<Structure> out, double camH, SplittableRandom rnd, double[] p) {
        double hw = rnd.nextDouble(9, 20), hd = rnd.nextDouble(9, 20);
        int floors = 10 + rnd.nextInt(28);
        double h = floors * FLOOR_M;
        Material skin = rnd.nextInt(3) == 0 ? Material.STONE : Material.CONCRETE;
        Shapes s = new Shapes(camH);
        double x0 = p[0] - hw, x1 = p[0] + hw, z0 = p[1] - hd, z1 = p[1] + hd;
        s.box(skin, Material.ROOF, x0, 0, z0, x1, h, z1);
        double[][] walls = {{x0, z0, x1, z0, 0, -1}, {x1, z1, x0, z1, 0, 1}, {x0, z1, x0, z0, -1, 0}, {x1, z0, x1, z1, 1, 0}};
        for (double[] w : walls) {
            double len = Math.hypot(w[2] - w[0], w[3] - w[1]), ux = (w[2] - w[0]) / len, uz = (w[3] - w[1]) / len;
            double ox = w[0] + w[4] * 0.05, oz = w[1] + w[5] * 0.05;
            for (int f = 1; f < floors; f++) {
                double y0 = f * FLOOR_M + 0.8, y1 = f * FLOOR_M + 3.1;
                Material glass = rnd.nextInt(5) < 2 ? Material.TOWER_WINDOW_LIT : Material.GLASS_TOWER;
                s.detail(2.3).poly(glass, w[4], 0, w[5], strip(ox, oz, ux, uz, 1, len - 1, y0, y1));
                s.fine(0.25);
                for (double u = 2.6; u < len - 1.5; u += 1.6) {
                    s.poly(Material.CONCRETE, w[4], 0, w[5], strip(ox, oz, ux, uz, u - 0.12, u + 0.12, y0, y1));
                }
            }
            s.body();
        }
        out.add(s.build());
    }

    private static double[] strip(double ox, double oz, double ux, double uz, double u0, double u1, double y0, double y1) {
        return new double[] {
            ox + ux * u0, y0, oz + uz * u0, ox + ux * u1, y0, oz + uz * u1,
            ox + ux * u1, y1, oz + uz * u1, ox + ux * u0, y1, oz + uz * u0,
        };
    }
}
