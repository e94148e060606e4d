package org.ptzcam.media.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The far horizon: a ring of blue mountains 7 km out and green hills 3 km out, as vertical strips
 * whose heights follow a seeded sum of sines (smooth, closed round the full circle).
 */
final class Backdrop {

    private Backdrop() {
    }

    /** Drawing order: mountains, then hills. */
    static List<Structure> build(long seed, double camH) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xB1L);
        return List.of(ring(rnd, camH, 7000, 240, Material.MOUNTAIN, 120, 620),
                ring(rnd, camH, 3000, 360, Material.HILL, 15, 150));
    }

    private static Structure ring(SplittableRandom rnd, double camH, double radius, int segments, Material m,
                                  double minH, double maxH) {
        double[] phase = new double[5];
        for (int i = 0; i < phase.length; i++) {
            phase[i] = rnd.nextDouble(2 * Math.PI);
        }
        Shapes s = new Shapes(camH);
        for (int i = 0; i < segments; i++) {
            double a0 = 2 * Math.PI * i / segments, a1 = 2 * Math.PI * (i + 1) / segments;
            double h0 = height(a0, phase, minH, maxH), h1 = height(a1, phase, minH, maxH);
            double x0 = radius * StrictMath.sin(a0), z0 = radius * StrictMath.cos(a0);
            double x1 = radius * StrictMath.sin(a1), z1 = radius * StrictMath.cos(a1);
            s.poly(m, -(x0 + x1), 0, -(z0 + z1), x0, -5, z0, x1, -5, z1, x1, h1, z1, x0, h0, z0);
        }
        return s.build();
    }

    private static double height(double a, double[] phase, double minH, double maxH) {
        double v = 0, norm = 0;
        int[] freq = {2, 3, 5, 9, 17};
        for (int i = 0; i < freq.length; i++) {
            double amp = 1.0 / (i + 1);
            v += amp * StrictMath.sin(freq[i] * a + phase[i]);
            norm += amp;
        }
        double t = (v / norm + 1) / 2;
        return minH + (maxH - minH) * t * t;
    }
}
