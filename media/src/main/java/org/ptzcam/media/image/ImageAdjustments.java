package org.ptzcam.media.image;

import java.util.Objects;

/**
 * The image settings the image stage obeys: a plain value the app maps from the device's settings
 * (Video &gt; Image and Video &gt; Installation &gt; Image correction). The compact constructor rejects
 * values outside the documented ranges.
 *
 * @param brightness         0…100, 50 = neutral; a luma offset
 * @param contrast           0…100, 50 = neutral; gain around mid-grey
 * @param saturation         0…100, 50 = neutral, 0 = grayscale (the manual's colour level)
 * @param sharpness          0…100, 50 = untouched; below blurs, above sharpens
 * @param maxShutterMs       1…1000, longest exposure auto exposure may use
 * @param maxGainDb          0…48, most gain auto exposure may use
 * @param blurNoiseTradeoff  0…100: 0 prefers low noise (long shutter first), 100 low motion blur
 *                           (gain first)
 * @param dayNight           auto, forced day or forced night
 * @param dayNightShiftLevel 0…100, higher switches to night earlier (at more light)
 * @param irAllowed          IR illumination may light at night
 * @param irMode             automatic or manual IR intensity
 * @param irIntensity        0…100, used in manual mode
 * @param stabilization      image stabilization (cancels wind shake, crops ~10 %)
 */
public record ImageAdjustments(int brightness, int contrast, int saturation, int sharpness,
        int maxShutterMs, int maxGainDb, int blurNoiseTradeoff,
        DayNightMode dayNight, int dayNightShiftLevel,
        boolean irAllowed, IrMode irMode, int irIntensity, boolean stabilization) {

    public static final int MAX_SHUTTER_MS = 1000;
    public static final int MAX_GAIN_DB = 48;

    public ImageAdjustments {
        range("brightness", brightness, 0, 100);
        range("contrast", contrast, 0, 100);
        range("saturation", saturation, 0, 100);
        range("sharpness", sharpness, 0, 100);
        range("maxShutterMs", maxShutterMs, 1, MAX_SHUTTER_MS);
        range("maxGainDb", maxGainDb, 0, MAX_GAIN_DB);
        range("blurNoiseTradeoff", blurNoiseTradeoff, 0, 100);
        Objects.requireNonNull(dayNight, "dayNight");
        range("dayNightShiftLevel", dayNightShiftLevel, 0, 100);
        Objects.requireNonNull(irMode, "irMode");
        range("irIntensity", irIntensity, 0, 100);
    }

    /** Factory defaults: neutral appearance, 33 ms / 36 dB, auto day-night, automatic IR, no stabilization. */
    public static ImageAdjustments defaults() {
        return new ImageAdjustments(50, 50, 50, 50, 33, 36, 50, DayNightMode.AUTO, 50, true, IrMode.AUTO, 100, false);
    }

    public ImageAdjustments withBrightness(int v) {
        return new ImageAdjustments(v, contrast, saturation, sharpness, maxShutterMs, maxGainDb, blurNoiseTradeoff,
                dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withContrast(int v) {
        return new ImageAdjustments(brightness, v, saturation, sharpness, maxShutterMs, maxGainDb, blurNoiseTradeoff,
                dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withSaturation(int v) {
        return new ImageAdjustments(brightness, contrast, v, sharpness, maxShutterMs, maxGainDb, blurNoiseTradeoff,
                dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withSharpness(int v) {
        return new ImageAdjustments(brightness, contrast, saturation, v, maxShutterMs, maxGainDb, blurNoiseTradeoff,
                dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withExposure(int maxShutter, int maxGain, int tradeoff) {
        return new ImageAdjustments(brightness, contrast, saturation, sharpness, maxShutter, maxGain, tradeoff,
                dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withDayNight(DayNightMode mode, int shiftLevel) {
        return new ImageAdjustments(brightness, contrast, saturation, sharpness, maxShutterMs, maxGainDb,
                blurNoiseTradeoff, mode, shiftLevel, irAllowed, irMode, irIntensity, stabilization);
    }

    public ImageAdjustments withIr(boolean allowed, IrMode mode, int intensity) {
        return new ImageAdjustments(brightness, contrast, saturation, sharpness, maxShutterMs, maxGainDb,
                blurNoiseTradeoff, dayNight, dayNightShiftLevel, allowed, mode, intensity, stabilization);
    }

    public ImageAdjustments withStabilization(boolean on) {
        return new ImageAdjustments(brightness, contrast, saturation, sharpness, maxShutterMs, maxGainDb,
                blurNoiseTradeoff, dayNight, dayNightShiftLevel, irAllowed, irMode, irIntensity, on);
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be " + lo + "…" + hi + ": " + v);
        }
    }
}
