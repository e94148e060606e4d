package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Things a person recognises on the horizon: a red-and-white radio mast (bearing 45°), a church
 * spire (200°), a water tower (125°), downtown towers (bearings ~280°–330°) and scattered houses.
 */
final class Landmarks {

    private final double camH;
    private final List<Structure> structures = new ArrayList<>();

    Landmarks(long seed, double camH) {
        this.camH = camH;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x1A4DL);
        radioMast(at(45, 900));
        church(at(200, 420));
        waterTower(at(125, 600));
        for (int i = 0; i < 26; i++) {
            double bearing = i < 20 ? rnd.nextDouble(278, 332) : rnd.nextDouble(360);
            Towers.add(structures, camH, rnd, at(bearing, rnd.nextDouble(700, 1600)));
        }
        for (int i = 0; i < 70; i++) {
            house(rnd, at(rnd.nextDouble(360), rnd.nextDouble(265, 560)));
        }
    }

    List<Structure> structures() { return structures; }

    private static double[] at(double bearingDeg, double dist) {
        double b = Math.toRadians(bearingDeg);
        return new double[] {dist * StrictMath.sin(b), dist * StrictMath.cos(b)};
    }

    private void radioMast(double[] p) {
        Shapes s = new Shapes(camH);
        int bands = 9;
        double h = 170;
        for (int i = 0; i < bands; i++) {
            double y0 = h * i / bands, y1 = h * (i + 1) / bands;
            double r0 = 7 - 6 * i / (double) bands, r1 = 7 - 6 * (i + 1) / (double) bands;
            Material m = i % 2 == 0 ? Material.TOWER_RED : Material.TOWER_WHITE;
            for (int k = 0; k < 4; k++) {
                double a0 = Math.PI / 2 * k + Math.PI / 4, a1 = a0 + Math.PI / 2, am = a0 + Math.PI / 4;
                s.poly(m, StrictMath.sin(am), 0, StrictMath.cos(am),
                        p[0] + r0 * StrictMath.sin(a0), y0, p[1] + r0 * StrictMath.cos(a0),
                        p[0] + r0 * StrictMath.sin(a1), y0, p[1] + r0 * StrictMath.cos(a1),
                        p[0] + r1 * StrictMath.sin(a1), y1, p[1] + r1 * StrictMath.cos(a1),
                        p[0] + r1 * StrictMath.sin(a0), y1, p[1] + r1 * StrictMath.cos(a0));
            }
        }
        s.pole(Material.METAL, p[0], p[1], 0.4, h, h + 25);
        s.prism(Material.BEACON, Material.BEACON, p[0], p[1], 1.2, h + 25, h + 27, 8);
        structures.add(s.build());
    }

    private void church(double[] p) {
        Shapes s = new Shapes(camH);
        double x = p[0], z = p[1];
        s.box(Material.STONE, null, x - 7, 0, z - 15, x + 7, 14, z + 15);
        gable(s, Material.ROOF_TILE, Material.STONE, x - 7.5, z - 15.5, x + 7.5, z + 15.5, 14, 22);
        s.box(Material.STONE, Material.STONE, x - 4, 0, z - 23, x + 4, 34, z - 15);
        pyramid(s, Material.ROOF_TILE, x, z - 19, 4.4, 34, 62);
        structures.add(s.build());
    }

    private void waterTower(double[] p) {
        Shapes s = new Shapes(camH);
        for (int k = 0; k < 4; k++) {
            double a = Math.PI / 2 * k + Math.PI / 4;
            s.pole(Material.METAL, p[0] + 6 * StrictMath.sin(a), p[1] + 6 * StrictMath.cos(a), 0.6, 0, 30);
        }
        s.prism(Material.TOWER_WHITE, null, p[0], p[1], 9, 30, 44, 16);
        pyramid(s, Material.METAL, p[0], p[1], 9.3, 44, 50);
        structures.add(s.build());
    }

    private void house(SplittableRandom rnd, double[] p) {
        Shapes s = new Shapes(camH);
        double w = rnd.nextDouble(4, 6), d = rnd.nextDouble(5, 8), h = rnd.nextDouble(3, 6.5);
        s.box(Buildings.randomFacade(rnd), null, p[0] - w, 0, p[1] - d, p[0] + w, h, p[1] + d);
        gable(s, rnd.nextBoolean() ? Material.ROOF_TILE : Material.ROOF, Material.PLASTER_WHITE,
                p[0] - w - 0.4, p[1] - d - 0.4, p[0] + w + 0.4, p[1] + d + 0.4, h, h + w * 0.8);
        structures.add(s.build());
    }

    /** Pitched roof with its ridge along z over [x0, x1] × [z0, z1]. */
    static void gable(Shapes s, Material roof, Material end, double x0, double z0, double x1, double z1,
                      double eave, double ridge) {
        double xm = (x0 + x1) / 2;
        s.poly(roof, -(ridge - eave), xm - x0, 0, x0, eave, z0, x0, eave, z1, xm, ridge, z1, xm, ridge, z0);
        s.poly(roof, ridge - eave, x1 - xm, 0, x1, eave, z0, x1, eave, z1, xm, ridge, z1, xm, ridge, z0);
        s.poly(end, 0, 0, -1, x0, eave, z0, x1, eave, z0, xm, ridge, z0);
        s.poly(end, 0, 0, 1, x0, eave, z1, x1, eave, z1, xm, ridge, z1);
    }

    /** Four-sided pyramid on a square of half-width r. */
    static void pyramid(Shapes s, Material m, double x, double z, double r, double y0, double y1) {
        double[][] c = {{-r, -r}, {r, -r}, {r, r}, {-r, r}};
        for (int k = 0; k < 4; k++) {
            double[] a = c[k], b = c[(k + 1) % 4];
            double ox = (a[0] + b[0]) / 2, oz = (a[1] + b[1]) / 2;
            s.poly(m, ox, r * r / (y1 - y0), oz, x + a[0], y0, z + a[1], x + b[0], y0, z + b[1], x, y1, z);
        }
    }
}
