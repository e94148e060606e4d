package org.ptzcam.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/** Wind shake and image stabilization on real frames at 4× zoom, where the shake is many pixels. */
class StabilizationTest {

    private static final ViewState TELE = ViewState.of(0, 0, 4);
    private static final ImageAdjustments DEFAULTS = ImageAdjustments.defaults();

    @Test
    void stabilizedPictureMovesLessFrameToFrame() {
        double shaky = meanShift(DEFAULTS);
        double steady = meanShift(DEFAULTS.withStabilization(true));
        assertThat(shaky).as("the wind moves the picture").isGreaterThan(1.5);
        assertThat(steady).isLessThan(shaky * 0.3);
    }

    @Test
    void shakeIsAngularSoItGrowsWithZoom() {
        ImageProcessor p = new ImageProcessor(DEFAULTS, 30, 42);
        double maxOffset = 0;
        for (long t = 0; t < 10_000; t += 33) {
            ViewState v = p.viewToRender(TELE, ImageRig.NOON + t);
            maxOffset = Math.max(maxOffset, Math.max(Math.abs(v.panDeg()), Math.abs(v.tiltDeg())));
            assertThat(p.viewToRender(TELE.withZoom(20), ImageRig.NOON + t).panDeg()).isEqualTo(v.panDeg());
        }
        assertThat(maxOffset).isBetween(0.1, WindShake.MAX_DEG);
        p.update(DEFAULTS.withStabilization(true));
        for (long t = 0; t < 10_000; t += 33) {
            ViewState v = p.viewToRender(TELE, ImageRig.NOON + t);
            assertThat(Math.abs(v.panDeg())).isLessThanOrEqualTo(maxOffset * 0.1);
            assertThat(Math.abs(v.tiltDeg())).isLessThanOrEqualTo(maxOffset * 0.1);
        }
    }

    @Test
    void stabilizedFieldOfViewIsAboutTenPercentNarrower() {
        SimulatedWorld world = new SimulatedWorld(7);
        YuvFrame render = YuvFrame.allocate(640, 360, 0);
        world.render(render, TELE, ImageRig.NOON);
        double lux = world.sceneLightLux(ImageRig.NOON);
        YuvFrame wide = FrameStats.copy(render);
        YuvFrame cropped = FrameStats.copy(render);
        new ImageProcessor(DEFAULTS, 30, 1).process(wide, TELE, lux, ImageRig.NOON);
        new ImageProcessor(DEFAULTS.withStabilization(true), 30, 1).process(cropped, TELE, lux, ImageRig.NOON);

        double asIs = FrameStats.scaledDifference(wide, cropped, 1.0);
        double scaled = FrameStats.scaledDifference(wide, cropped, 1 / ImageProcessor.STABILIZED_KEEP);
        double tooMuch = FrameStats.scaledDifference(wide, cropped, 1.25);
        assertThat(scaled).isLessThan(asIs * 0.5).isLessThan(tooMuch * 0.5);
    }

    /** Mean frame-to-frame shift in pixels over 30 frames of 640×360 at 30 fps. */
    private static double meanShift(ImageAdjustments adj) {
        ImageRig rig = new ImageRig(adj, 640, 360, 30, TELE, ImageRig.NOON);
        List<YuvFrame> frames = new ArrayList<>();
        rig.run(31, f -> frames.add(FrameStats.copy(f)));
        double sum = 0;
        for (int i = 1; i < frames.size(); i++) {
            int[] s = FrameStats.shift(frames.get(i - 1), frames.get(i), 12);
            sum += Math.hypot(s[0], s[1]);
        }
        return sum / (frames.size() - 1);
    }
}
