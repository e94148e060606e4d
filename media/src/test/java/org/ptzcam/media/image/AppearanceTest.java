package org.ptzcam.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/** Brightness, contrast, saturation and sharpness, measured on real daylight frames. */
class AppearanceTest {

    private static final ImageAdjustments DEFAULTS = ImageAdjustments.defaults();
    private static final ViewState STREET = ViewState.of(0, -5, 1);

    private static YuvFrame day(ImageAdjustments adj, ViewState view) {
        return FrameStats.copy(new ImageRig(adj, 320, 180, 30, view, ImageRig.NOON).run(3));
    }

    @Test
    void brightnessRaisesAndLowersMeanLuma() {
        double neutral = FrameStats.meanLuma(day(DEFAULTS, STREET));
        double bright = FrameStats.meanLuma(day(DEFAULTS.withBrightness(80), STREET));
        double dark = FrameStats.meanLuma(day(DEFAULTS.withBrightness(20), STREET));
        assertThat(bright).isGreaterThan(neutral + 25);
        assertThat(dark).isLessThan(neutral - 25);
    }

    @Test
    void contrastSpreadsAndNarrowsLuma() {
        double neutral = FrameStats.stdLuma(day(DEFAULTS, STREET));
        assertThat(FrameStats.stdLuma(day(DEFAULTS.withContrast(80), STREET))).isGreaterThan(neutral * 1.4);
        assertThat(FrameStats.stdLuma(day(DEFAULTS.withContrast(20), STREET))).isLessThan(neutral * 0.7);
    }

    @Test
    void saturationZeroIsGrayscaleAndHundredIsMoreColourful() {
        YuvFrame grey = day(DEFAULTS.withSaturation(0), STREET);
        assertThat(FrameStats.maxChromaDeviation(grey)).isLessThanOrEqualTo(1);
        double neutral = FrameStats.meanChromaDeviation(day(DEFAULTS, STREET));
        assertThat(neutral).isGreaterThan(3);
        assertThat(FrameStats.meanChromaDeviation(day(DEFAULTS.withSaturation(100), STREET)))
                .isGreaterThan(neutral * 1.6);
    }

    @Test
    void sharpnessRaisesAndLowersHighFrequencyEnergy() {
        ViewState tele = ViewState.of(0, 0, 4);
        double neutral = FrameStats.highFrequencyEnergy(day(DEFAULTS, tele));
        assertThat(FrameStats.highFrequencyEnergy(day(DEFAULTS.withSharpness(100), tele))).isGreaterThan(neutral * 1.5);
        assertThat(FrameStats.highFrequencyEnergy(day(DEFAULTS.withSharpness(0), tele))).isLessThan(neutral * 0.6);
    }

    @Test
    void neutralSharpnessLeavesThePlaneUntouchedAndFlatAreasStayFlat() {
        YuvFrame f = day(DEFAULTS, STREET);
        byte[] plane = FrameStats.luma(f);
        byte[] before = plane.clone();
        Sharpness s = new Sharpness();
        s.apply(plane, f.width(), f.height(), 50);
        assertThat(plane).isEqualTo(before);
        byte[] flat = new byte[f.width() * f.height()];
        java.util.Arrays.fill(flat, (byte) 77);
        s.apply(flat, f.width(), f.height(), 100);
        assertThat(flat).containsOnly((byte) 77);
        s.apply(flat, f.width(), f.height(), 0);
        assertThat(flat).containsOnly((byte) 77);
    }

    @Test
    void updateTakesEffectAtTheNextFrame() {
        ImageRig rig = new ImageRig(DEFAULTS, 320, 180, 30, STREET, ImageRig.NOON);
        double before = FrameStats.meanLuma(rig.run(2));
        rig.processor.update(DEFAULTS.withBrightness(90));
        assertThat(FrameStats.meanLuma(rig.step())).isGreaterThan(before + 40);
    }
}
