package org.ptzcam.app;

import org.ptzcam.device.settings.ImageSettings;
import org.ptzcam.media.image.DayNightMode;
import org.ptzcam.media.image.ImageAdjustments;
import org.ptzcam.media.image.IrMode;

/** The device's Video > Image settings as the media image stage's plain values. */
final class ImageSettingsMapping {

    private ImageSettingsMapping() {
    }

    static ImageAdjustments toAdjustments(ImageSettings s, boolean stabilization) {
        return new ImageAdjustments(s.brightness(), s.contrast(), s.colorLevel(), s.sharpness(), s.maxShutterTimeMs(),
                s.maxGainDb(), s.blurNoiseTradeoff(), DayNightMode.valueOf(s.dayNightMode().name()),
                s.dayNightShiftLevel(), s.irAllowed(), IrMode.valueOf(s.irMode().name()), s.irIntensity(),
                stabilization);
    }
}
