package org.ptzcam.media.image;

/**
 * The per-pixel point operations of a frame folded into lookup tables, built once per frame: one
 * 256-entry luma table (sensor amplification and clipping, contrast around mid-grey, brightness
 * offset) and one chroma table (colour scaled around 128).
 */
final class PointOps {

    /** Contrast doubles every 35 steps above 50 (×2.7 at 100, ×0.37 at 0). */
    static final double CONTRAST_STEPS_PER_STOP = 35;
    /** Brightness offset in luma steps per setting step: ±75 at the ends. */
    static final double BRIGHTNESS_PER_STEP = 1.5;

    private PointOps() {
    }

    static double contrastFactor(int contrast) {
        return Math.pow(2, (contrast - 50) / CONTRAST_STEPS_PER_STOP);
    }

    /**
     * Fills {@code lut} with the luma mapping and marks in {@code saturated} the inputs the sensor
     * clips.
     *
     * @param amplification render luma → sensor luma factor
     */
    static void luma(double amplification, int brightness, int contrast, int[] lut, boolean[] saturated) {
        double c = contrastFactor(contrast);
        double offset = (brightness - 50) * BRIGHTNESS_PER_STEP;
        for (int v = 0; v < 256; v++) {
            double sensor = v * amplification;
            saturated[v] = sensor >= 255;
            double out = (Math.min(255, sensor) - 128) * c + 128 + offset;
            lut[v] = (int) Math.max(0, Math.min(255, Math.round(out)));
        }
    }

    /** Fills {@code lut} with chroma scaled by {@code scale} around 128. */
    static void chroma(double scale, int[] lut) {
        for (int v = 0; v < 256; v++) {
            lut[v] = (int) Math.max(0, Math.min(255, Math.round(128 + (v - 128) * scale)));
        }
    }

    /** Colour scale for a saturation setting: 0 → 0 (grayscale), 50 → 1, 100 → 2. */
    static double saturationFactor(int saturation) {
        return saturation / 50.0;
    }

    /**
     * Chroma suppression at high gain, as camera ISPs do to hide colour noise: 1 up to 18 dB, then
     * falling to 0.5 at 36 dB.
     */
    static double chromaSuppression(double gainDb) {
        return 1 / (1 + Math.max(0, gainDb - 18) / 18);
    }
}
