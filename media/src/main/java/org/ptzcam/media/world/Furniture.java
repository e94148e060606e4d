package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Street furniture and paint: street lights (with pools of light on the ground at night), trees,
 * the fountain rim, lane markings and zebra crossings.
 */
final class Furniture {

    private final double camH;
    private final List<Structure> structures = new ArrayList<>();
    private final Shapes decals;
    private final Shapes nightDecals;

    Furniture(long seed, double camH) {
        this.camH = camH;
        this.decals = new Shapes(camH);
        this.nightDecals = new Shapes(camH);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xF0E1L);
        for (double d : new double[] {-24, -12, 12, 24}) {
            for (double side : new double[] {-30, 30}) {
                lamp(d, side);
                lamp(side, d);
            }
        }
        for (double d = -180; d <= 180; d += 24) {
            for (double side : new double[] {-144, -44, 44, 144}) {
                if (Math.abs(Math.abs(d) - 37) > 10 && Math.abs(Math.abs(d) - 137) > 10) {
                    lamp(d, side);
                    lamp(side, d);
                }
            }
        }
        for (double z = 60; z < 250; z += 24) {
            lamp(-7.5, z);
            lamp(7.5, z);
        }
        for (double[] t : new double[][] {{-20, -20}, {20, -20}, {20, 20}, {-20, 22}, {-7, -22}, {22, 8}, {-22, -4}}) {
            tree(rnd, t[0], t[1]);
        }
        for (int i = 0; i < 22; i++) {
            tree(rnd, rnd.nextDouble(50, 124), rnd.nextDouble(-124, -50));
        }
        Shapes rim = new Shapes(camH);
        rim.box(Material.STONE, Material.STONE, -14.4, 0, 7.6, -5.6, 0.5, 8.0);
        rim.box(Material.STONE, Material.STONE, -14.4, 0, 14.0, -5.6, 0.5, 14.4);
        rim.box(Material.STONE, Material.STONE, -14.4, 0, 8.0, -14.0, 0.5, 14.0);
        rim.box(Material.STONE, Material.STONE, -6.0, 0, 8.0, -5.6, 0.5, 14.0);
        rim.prism(Material.STONE, Material.WATER, -10, 11, 0.8, 0, 1.2, 8);
        structures.add(rim.build());
        markings();
    }

    private void lamp(double x, double z) {
        Shapes s = new Shapes(camH);
        s.pole(Material.POLE, x, z, 0.09, 0, 7.5);
        // the arm points toward the road: away from the nearest street-side edge is good enough
        double ax = Math.abs(x) > Math.abs(z) ? -Math.signum(x) : 0, az = ax == 0 ? -Math.signum(z) : 0;
        s.detail(0.3).box(Material.POLE, Material.POLE, Math.min(x, x + ax * 1.4) - 0.05, 7.3, Math.min(z, z + az * 1.4) - 0.05,
                Math.max(x, x + ax * 1.4) + 0.05, 7.4, Math.max(z, z + az * 1.4) + 0.05);
        double hx = x + ax * 1.4, hz = z + az * 1.4;
        s.body().box(Material.LAMP, Material.POLE, hx - 0.25, 7.05, hz - 0.25, hx + 0.25, 7.3, hz + 0.25);
        structures.add(s.build());
        nightDecals.disc(Material.LAMP_POOL, hx, 0.015, hz, 4.5, 16);
        nightDecals.disc(Material.LAMP_POOL_CORE, hx, 0.02, hz, 2.2, 16);
    }

    private void tree(SplittableRandom rnd, double x, double z) {
        Shapes s = new Shapes(camH);
        double h = rnd.nextDouble(3, 4.5), r = rnd.nextDouble(2, 3.2);
        s.pole(Material.TRUNK, x, z, 0.22, 0, h + r * 0.5);
        Plane pl = Plane.facingCamera(x, h + r, z, camH, false);
        pl.ellipse(s, Material.LEAVES_DARK, 0, 0, r, r * 0.95, 14);
        pl.ellipse(s, Material.LEAVES, -r * 0.25, r * 0.2, r * 0.7, r * 0.65, 12);
        pl.ellipse(s, Material.LEAVES, r * 0.3, -r * 0.1, r * 0.55, r * 0.5, 12);
        structures.add(s.build());
    }

    /** A compass rose painted round the mast: looking straight down still shows the bearings. */
    private void compassRose() {
        Plane ground = new Plane(0, 0.02, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0); // u east, v north
        int segments = 36;
        for (int i = 0; i < segments; i++) {
            double a0 = 2 * Math.PI * i / segments, a1 = 2 * Math.PI * (i + 1) / segments;
            ground.polygon(decals, Material.MARKING,
                    5.6 * StrictMath.sin(a0), 5.6 * StrictMath.cos(a0), 6.0 * StrictMath.sin(a0), 6.0 * StrictMath.cos(a0),
                    6.0 * StrictMath.sin(a1), 6.0 * StrictMath.cos(a1), 5.6 * StrictMath.sin(a1), 5.6 * StrictMath.cos(a1));
        }
        String[] letters = {"N", "E", "S", "W"};
        double unit = 0.25; // 1.5 m tall letters
        for (int k = 0; k < 4; k++) {
            double a = Math.PI / 2 * k, sa = StrictMath.sin(a), ca = StrictMath.cos(a);
            // an arrow from the ring outwards, the letter beyond it
            ground.polygon(decals, k == 0 ? Material.TOWER_RED : Material.MARKING,
                    6.0 * sa + 0.5 * ca, 6.0 * ca - 0.5 * sa, 8.0 * sa, 8.0 * ca, 6.0 * sa - 0.5 * ca, 6.0 * ca + 0.5 * sa);
            double cu = 9.2 * sa, cv = 9.2 * ca;
            StrokeFont.draw(decals, ground, Material.MARKING, letters[k], cu - 2 * unit, cv - 3 * unit, unit, 0.9);
        }
    }

    private void markings() {
        compassRose();
        for (double c : Town.STREETS) {
            for (double d = -Town.GRID_END; d < Town.GRID_END; d += 9) {
                if (nearCrossing(d) || nearCrossing(d + 3)) {
                    continue;
                }
                decals.decal(Material.MARKING, c - 0.08, d, c + 0.08, d + 3);
                decals.decal(Material.MARKING, d, c - 0.08, d + 3, c + 0.08);
            }
        }
        for (double z = 46; z < 250; z += 9) {
            decals.decal(Material.MARKING, -0.08, z, 0.08, z + 3);
        }
        // the avenue carries on to the horizon as a strip across the far fields
        decals.decal(Material.ASPHALT, -5, 256, 5, 2600);
        for (double along : new double[] {-15, 15}) {
            for (double k = -4.5; k < 4.5; k += 1.2) {
                for (double c : new double[] {-37, 37}) {
                    decals.decal(Material.MARKING, along - 1.5, c + k, along + 1.5, c + k + 0.6);
                    decals.decal(Material.MARKING, c + k, along - 1.5, c + k + 0.6, along + 1.5);
                }
            }
        }
    }

    private static boolean nearCrossing(double d) {
        for (double c : Town.STREETS) {
            if (Math.abs(d - c) < 9) {
                return true;
            }
        }
        return false;
    }

    List<Structure> structures() { return structures; }
    List<Poly> decals() { return decals.build().body(); }
    List<Poly> nightDecals() { return nightDecals.build().body(); }
}
