package org.ptzcam.media.world;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ptzcam.media.view.Projection;

/**
 * The sky: a gradient by elevation, one colour per row since there is no roll, and at night
 * stars, fixed directions drawn as 2×2 dots at every zoom, as real stars stay points.
 */
final class SkyPainter {

    private static final int STARS = 700;
    private final double[] starDirs = new double[STARS * 3];
    private final int[] starLuma = new int[STARS];
    private final double[] screen = new double[2];
    private final long[] stars = new long[STARS]; // row << 40 | column << 8 | luma
    private int visibleStars;
    private int nextStar;
    private double starVisibility;

    SkyPainter(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5A5A5A5AL);
        for (int i = 0; i < STARS; i++) {
            double az = rnd.nextDouble(2 * Math.PI), sinEl = rnd.nextDouble(0.03, 1);
            double cosEl = Math.sqrt(1 - sinEl * sinEl);
            starDirs[3 * i] = cosEl * StrictMath.sin(az);
            starDirs[3 * i + 1] = sinEl;
            starDirs[3 * i + 2] = cosEl * StrictMath.cos(az);
            double m = rnd.nextDouble();
            starLuma[i] = 90 + (int) (165 * m * m * m);
        }
    }

    /** Packed sky colour (see {@link Shading}) of the row through luma position py. */
    static int rowColor(Projection p, Atmosphere atm, double py) {
        return skyAt(p, atm, py);
    }

    private static int skyAt(Projection p, Atmosphere atm, double py) {
        double b = (p.centerY() - py) / p.focalPx();
        double ax = p.forwardX() + p.upX() * b, ay = p.forwardY() + p.upY() * b, az = p.forwardZ() + p.upZ() * b;
        return Shading.pack(atm.skyRgb(StrictMath.atan2(ay, Math.sqrt(ax * ax + az * az))), 0);
    }

    /** Finds where the stars fall in this frame, sorted by row, for {@link #paintStars}. */
    void placeStars(Projection p, Atmosphere atm) {
        visibleStars = 0;
        nextStar = 0;
        starVisibility = 1 - Daylight.smoothstep(0.12, 0.3, atm.ambient());
        if (starVisibility < 0.05) {
            return;
        }
        for (int i = 0; i < STARS; i++) {
            if (!p.toScreen(starDirs[3 * i], starDirs[3 * i + 1], starDirs[3 * i + 2], screen)) {
                continue;
            }
            long x = (long) Math.floor(screen[0] - 0.5), y = (long) Math.floor(screen[1] - 0.5);
            if (x < 0 || y < 0 || x + 1 >= p.width() || y + 1 >= p.height() || GroundPainter.isGround(p, y + 1.5)) {
                continue;
            }
            stars[visibleStars++] = y << 40 | x << 8 | starLuma[i];
        }
        Arrays.sort(stars, 0, visibleStars);
    }

    /** Stars are 2×2 dots blended into the row's sky luma; paints those on luma row r, rows in order. */
    void paintStars(Scanline s, int r, int skyLuma) {
        while (nextStar < visibleStars && (stars[nextStar] >> 40) + 1 < r) {
            nextStar++;
        }
        for (int i = nextStar; i < visibleStars && (stars[i] >> 40) <= r; i++) {
            int x = (int) (stars[i] >> 8) & 0xFFFFFFF;
            byte lum = (byte) (skyLuma + ((int) (stars[i] & 255) - skyLuma) * starVisibility);
            s.y[x] = lum;
            s.y[x + 1] = lum;
        }
    }
}
