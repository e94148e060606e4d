package org.ptzcam.media.world;

/**
 * Per-frame light and sky colours derived from {@link Daylight}: what every painter needs to turn
 * a material into a pixel value at this time of day.
 */
record Atmosphere(int zenithRgb, int horizonRgb, double ambient, double sunStrength,
                  double sunX, double sunY, double sunZ, boolean lampsOn, double visibilityM) {

    private static final int DAY_ZENITH = 0x3e76cd, DAY_HORIZON = 0xb2cce6;
    private static final int DUSK_ZENITH = 0x2e3c78, DUSK_HORIZON = 0xf0965a;
    private static final int NIGHT_ZENITH = 0x040610, NIGHT_HORIZON = 0x181a28;

    static Atmosphere of(Daylight d) {
        double el = d.sunElevationDeg();
        double toDay = Daylight.smoothstep(-2, 10, el);
        double fromNight = Daylight.smoothstep(-12, -2, el);
        int zenith = Colors.mixRgb(NIGHT_ZENITH, Colors.mixRgb(DUSK_ZENITH, DAY_ZENITH, toDay), fromNight);
        int horizon = Colors.mixRgb(NIGHT_HORIZON, Colors.mixRgb(DUSK_HORIZON, DAY_HORIZON, toDay), fromNight);
        double elR = Math.toRadians(el), bR = Math.toRadians(d.sunBearingDeg());
        double ce = StrictMath.cos(elR);
        return new Atmosphere(zenith, horizon, d.ambient(), d.sunStrength(),
                ce * StrictMath.sin(bR), StrictMath.sin(elR), ce * StrictMath.cos(bR),
                d.lampsOn(), 2500 + 3500 * toDay);
    }

    /** Fraction of a surface's colour replaced by haze at a distance. */
    double haze(double distanceM) {
        return 1 - StrictMath.exp(-distanceM / visibilityM);
    }

    /** Sky colour at an elevation (radians): horizon glow fading to the zenith colour. */
    int skyRgb(double elevationRad) {
        double t = elevationRad <= 0 ? 0 : Math.min(1, StrictMath.pow(elevationRad / (Math.PI / 2), 0.55));
        return Colors.mixRgb(horizonRgb, zenithRgb, t);
    }
}
