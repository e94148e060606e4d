package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sun, moon and clouds for a scene time: flat discs and puffs far away, facing the camera. Clouds
 * drift east at 0.25°/min, exactly one turn a day, so the sky repeats daily without a jump.
 */
final class SkyObjects {

    private static final double FAR_M = 20_000;
    private static final long DAY_MS = 86_400_000L;
    private final double camH;
    private final double[][] clouds; // per cloud: bearing°, elevation°, then puffs (du°, dv°, ru°, rv°)*

    SkyObjects(long seed, double camH) {
        this.camH = camH;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xC10D5L);
        clouds = new double[16][];
        for (int i = 0; i < clouds.length; i++) {
            int puffs = 3 + rnd.nextInt(4);
            double[] c = new double[2 + 4 * puffs];
            c[0] = rnd.nextDouble(360);
            c[1] = rnd.nextDouble(7, 38);
            double size = rnd.nextDouble(1.5, 4.5);
            for (int k = 0; k < puffs; k++) {
                c[2 + 4 * k] = (k - puffs / 2.0) * size * 0.9 + rnd.nextDouble(-0.5, 0.5);
                c[3 + 4 * k] = rnd.nextDouble(0, size * 0.4);
                c[4 + 4 * k] = size * rnd.nextDouble(0.8, 1.3);
                c[5 + 4 * k] = size * rnd.nextDouble(0.4, 0.6);
            }
            clouds[i] = c;
        }
    }

    /** Polygons in drawing order: sun, moon, clouds. */
    List<Structure> at(long sceneTimeMillis, Daylight d) {
        List<Structure> out = new ArrayList<>(3);
        if (d.sunElevationDeg() > -1) {
            out.add(disc(Material.SUN, d.sunBearingDeg(), d.sunElevationDeg(), 0.27));
        }
        if (d.sunElevationDeg() < 2) {
            out.add(disc(Material.MOON, d.sunBearingDeg() + 180, -d.sunElevationDeg() * 0.8, 0.26));
        }
        double drift = 0.25 * Math.floorMod(sceneTimeMillis, DAY_MS) / 60_000.0;
        Shapes s = new Shapes(camH);
        for (double[] c : clouds) {
            Plane pl = plane(c[0] + drift, c[1]);
            double mPerDeg = FAR_M * Math.PI / 180;
            for (int k = 2; k < c.length; k += 4) {
                pl.ellipse(s, Material.CLOUD, c[k] * mPerDeg, c[k + 1] * mPerDeg, c[k + 2] * mPerDeg, c[k + 3] * mPerDeg, 16);
            }
        }
        out.add(s.build());
        return out;
    }

    private Structure disc(Material m, double bearingDeg, double elevationDeg, double radiusDeg) {
        Shapes s = new Shapes(camH);
        plane(bearingDeg, elevationDeg).ellipse(s, m, 0, 0, FAR_M * Math.toRadians(radiusDeg),
                FAR_M * Math.toRadians(radiusDeg), 32);
        return s.build();
    }

    private Plane plane(double bearingDeg, double elevationDeg) {
        double b = Math.toRadians(bearingDeg), e = Math.toRadians(elevationDeg);
        double ce = StrictMath.cos(e);
        return Plane.facingCamera(FAR_M * ce * StrictMath.sin(b), camH + FAR_M * StrictMath.sin(e),
                FAR_M * ce * StrictMath.cos(b), camH, false);
    }
}
