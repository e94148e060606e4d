package org.ptzcam.media.world;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The sun for a scene time: a simple clock model (no seasons) that is easy to reason about in
 * tests. Sunrise at 06:00 local time due east, noon sun 55° high due south, sunset 18:00 due west.
 *
 * @param hourOfDay       local time of day, 0 ≤ h < 24
 * @param sunElevationDeg sun above (+) or below (−) the horizon
 * @param sunBearingDeg   sun bearing clockwise from north, 0 ≤ b < 360
 * @param lux             illuminance on the ground: ~100 000 at noon, ~400 at sunrise, ~1 at the
 *                        end of civil twilight, 0.2 at deep night
 */
public record Daylight(double hourOfDay, double sunElevationDeg, double sunBearingDeg, double lux) {

    /** Sun elevation at local noon. */
    public static final double NOON_ELEVATION_DEG = 55;

    public enum Phase { NIGHT, DAWN, DAY, DUSK }

    public static Daylight at(long sceneTimeMillis, ZoneId zone) {
        var local = Instant.ofEpochMilli(sceneTimeMillis).atZone(zone).toLocalTime();
        double hour = local.toNanoOfDay() / 3.6e12;
        double el = NOON_ELEVATION_DEG * StrictMath.sin(2 * Math.PI * (hour - 6) / 24);
        double bearing = (90 + 15 * (hour - 6) + 360) % 360;
        return new Daylight(hour, el, bearing, luxFor(el));
    }

    static double luxFor(double el) {
        if (el >= 0) {
            return 400 + 110_000 * StrictMath.sin(Math.toRadians(el));
        }
        if (el >= -6) {
            return 400 * StrictMath.pow(10, el / 6 * 2.6);
        }
        return Math.max(0.2, StrictMath.pow(10, (el + 6) / 12 * 0.7));
    }

    /** Light as 0 (0.1 lux, darkest) … 1 (100 000 lux), logarithmic like exposure. */
    public double lightLevel() {
        return Math.max(0, Math.min(1, StrictMath.log10(lux / 0.1) / 6));
    }

    public Phase phase() {
        if (sunElevationDeg >= 6) {
            return Phase.DAY;
        }
        if (sunElevationDeg < -6) {
            return Phase.NIGHT;
        }
        return hourOfDay < 12 ? Phase.DAWN : Phase.DUSK;
    }

    /** Street lights, lit windows and lit signs switch on a little after sunset. */
    public boolean lampsOn() {
        return sunElevationDeg < -1.5;
    }

    /** Diffuse light on surfaces as the camera's auto exposure renders it: 1 by day, ~0.1 at night. */
    double ambient() {
        return 0.1 + 0.9 * smoothstep(-9, 5, sunElevationDeg);
    }

    /** How much direct sunlight adds contrast between faces, 0 at night. */
    double sunStrength() {
        return smoothstep(-2, 12, sunElevationDeg);
    }

    static double smoothstep(double e0, double e1, double x) {
        double t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
        return t * t * (3 - 2 * t);
    }
}
