package org.ptzcam.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/** Auto exposure, gain and noise, shutter and motion blur on real day, dusk and night frames. */
class ExposureTest {

    private static final ViewState DOWN = ViewState.of(0, -30, 1);
    /** Night mode without IR, so only exposure differs between cases. */
    private static final ImageAdjustments NIGHT = ImageAdjustments.defaults()
            .withDayNight(DayNightMode.NIGHT, 50).withIr(false, IrMode.AUTO, 100);

    @Test
    void brightSceneNeedsNoGainAndAShortShutter() {
        ImageRig rig = new ImageRig(ImageAdjustments.defaults(), 320, 180, 30, DOWN, ImageRig.NOON);
        YuvFrame f = rig.run(3);
        ImageStatus s = rig.processor.status();
        assertThat(s.gainDb()).isZero();
        assertThat(s.exposureMs()).isLessThan(1000 / 30.0 / 2);
        assertThat(FrameStats.meanLuma(f)).isCloseTo(AutoExposure.TARGET, within(15.0));
    }

    @Test
    void exposureSettlesWithinASecondAfterTheLightDrops() {
        ImageRig rig = new ImageRig(ImageAdjustments.defaults(), 320, 180, 30, DOWN, ImageRig.NOON);
        rig.run(3);
        rig.time = ImageRig.DUSK;
        double first = FrameStats.meanLuma(rig.step());
        assertThat(first).as("not instant").isLessThan(AutoExposure.TARGET * 0.6);
        double afterSecond = FrameStats.meanLuma(rig.run(30));
        assertThat(afterSecond).isCloseTo(AutoExposure.TARGET, within(12.0));
        assertThat(rig.processor.status().gainDb()).isPositive();
    }

    @Test
    void moreGainAtNightIsBrighterAndNoisier() {
        Measured low = staticNight(NIGHT.withExposure(33, 6, 50));
        Measured high = staticNight(NIGHT.withExposure(33, 48, 50));
        assertThat(high.mean).isGreaterThan(low.mean * 3);
        assertThat(high.noiseVariance).isGreaterThan(low.noiseVariance * 10).isGreaterThan(4);
    }

    @Test
    void longerMaxShutterIsBrighterAtNight() {
        Measured shortShutter = staticNight(NIGHT.withExposure(10, 36, 50));
        Measured longShutter = staticNight(NIGHT.withExposure(500, 36, 50));
        assertThat(longShutter.mean).isGreaterThan(shortShutter.mean * 1.5);
    }

    @Test
    void lowNoiseTradeoffUsesShutterBeforeGain() {
        ImageRig lowNoise = new ImageRig(NIGHT.withExposure(500, 36, 0), 320, 180, 30, DOWN, ImageRig.NIGHT);
        ImageRig lowBlur = new ImageRig(NIGHT.withExposure(500, 36, 100), 320, 180, 30, DOWN, ImageRig.NIGHT);
        lowNoise.run(5);
        lowBlur.run(5);
        assertThat(lowNoise.processor.status().exposureMs()).isGreaterThan(lowBlur.processor.status().exposureMs() * 4);
        assertThat(lowNoise.processor.status().gainDb()).isLessThan(lowBlur.processor.status().gainDb() - 12);
    }

    @Test
    void longShutterSmearsMotionFrameToFrame() {
        // dusk, no gain (no noise): only actors move; a long exposure blends them over frames
        double longShutter = relativeMotion(ImageAdjustments.defaults().withExposure(500, 0, 0));
        double shortShutter = relativeMotion(ImageAdjustments.defaults().withExposure(10, 0, 0));
        assertThat(shortShutter).isGreaterThan(1e-3);
        assertThat(longShutter).isLessThan(shortShutter * 0.25);
    }

    @Test
    void sameSeedAndTimesGiveIdenticalFrames() {
        YuvFrame a = FrameStats.copy(new ImageRig(NIGHT, 320, 180, 30, DOWN, ImageRig.NIGHT).run(4));
        YuvFrame b = new ImageRig(NIGHT, 320, 180, 30, DOWN, ImageRig.NIGHT).run(4);
        assertThat(FrameStats.meanAbsDifference(a, b)).isZero();
    }

    /**
     * Mean squared frame-to-frame luma change over the squared mean luma, for half a second of dusk
     * after the exposure settled. Squared, because a smear spreads the same total change of a moving
     * edge thinly over more pixels.
     */
    private static double relativeMotion(ImageAdjustments adj) {
        ImageRig rig = new ImageRig(adj, 320, 180, 30, DOWN, ImageRig.DUSK);
        YuvFrame prev = FrameStats.copy(rig.run(15));
        double diff = 0, mean = 0;
        for (int i = 0; i < 15; i++) {
            YuvFrame f = rig.step();
            diff += FrameStats.meanSquaredDifference(prev, f);
            mean += FrameStats.meanLuma(f);
            FrameStats.copyInto(f, prev);
        }
        mean /= 15;
        return diff / 15 / (mean * mean);
    }

    record Measured(double mean, double noiseVariance) {
    }

    /**
     * One still night render processed again and again at successive frame times until the
     * exposure settles; the noise is half the variance of the difference of the last two frames.
     */
    private static Measured staticNight(ImageAdjustments adj) {
        ImageRig rig = new ImageRig(adj, 320, 180, 30, DOWN, ImageRig.NIGHT);
        YuvFrame still = YuvFrame.allocate(320, 180, 0);
        rig.world.render(still, DOWN, ImageRig.NIGHT);
        double lux = rig.world.sceneLightLux(ImageRig.NIGHT);
        YuvFrame work = YuvFrame.allocate(320, 180, 0);
        YuvFrame previous = null;
        for (int i = 0; i < 40; i++) {
            FrameStats.copyInto(still, work);
            rig.processor.process(work, DOWN, lux, ImageRig.NIGHT + i * 33L);
            if (i == 38) {
                previous = FrameStats.copy(work);
            }
        }
        return new Measured(FrameStats.meanLuma(work), FrameStats.temporalNoiseVariance(previous, work));
    }
}
