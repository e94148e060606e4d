package org.ptzcam.media.image;

/**
 * What the image stage did on the last frame.
 *
 * @param night      IR-cut filter removed (grayscale)
 * @param irOn       IR illumination lit
 * @param exposureMs shutter time in milliseconds
 * @param gainDb     analogue gain in dB
 * @param lux        scene illuminance the frame was exposed for
 */
public record ImageStatus(boolean night, boolean irOn, double exposureMs, double gainDb, double lux) {
}
