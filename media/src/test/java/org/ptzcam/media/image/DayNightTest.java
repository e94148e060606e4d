package org.ptzcam.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/** Day-night switching with the IR-cut filter, and IR illumination, on real frames. */
class DayNightTest {

    private static final ViewState DOWN = ViewState.of(0, -30, 1);
    private static final ImageAdjustments AUTO = ImageAdjustments.defaults();

    @Test
    void forcedNightIsGrayscaleEvenAtNoon() {
        ImageRig rig = new ImageRig(AUTO.withDayNight(DayNightMode.NIGHT, 50), 320, 180, 30, DOWN, ImageRig.NOON);
        YuvFrame f = rig.run(2);
        assertThat(rig.processor.status().night()).isTrue();
        assertThat(rig.processor.status().irOn()).isTrue();
        assertThat(FrameStats.maxChromaDeviation(f)).isLessThanOrEqualTo(2);
    }

    @Test
    void forcedDayStaysInColourAtNight() {
        ImageRig rig = new ImageRig(AUTO.withDayNight(DayNightMode.DAY, 50), 320, 180, 30, DOWN, ImageRig.NIGHT);
        rig.run(90);
        assertThat(rig.processor.status().night()).isFalse();
        assertThat(rig.processor.status().irOn()).isFalse();
    }

    @Test
    void autoSwitchesToNightAfterTheLightHasBeenLowForTwoSeconds() {
        // long shutter: frames blend, yet the colour must go at once when the filter moves
        ImageRig rig = new ImageRig(AUTO.withExposure(500, 36, 0), 320, 180, 30, DOWN, ImageRig.NIGHT);
        YuvFrame f = rig.step();
        while (!rig.processor.status().night() && rig.time < ImageRig.NIGHT + 5000) {
            assertThat(FrameStats.maxChromaDeviation(f)).as("colour while day").isGreaterThan(2);
            f = rig.step();
        }
        long switchedAfter = rig.time - Math.round(1000 / rig.fps) - ImageRig.NIGHT;
        assertThat(switchedAfter).isBetween(DayNightSwitch.HOLD_MS, DayNightSwitch.HOLD_MS + 100);
        assertThat(FrameStats.maxChromaDeviation(f)).isLessThanOrEqualTo(2);
    }

    @Test
    void autoHasHysteresisBetweenTheThresholds() {
        long twilight = timeWithLuxBelow(new SimulatedWorld(7), 10);
        double lux = new SimulatedWorld(7).sceneLightLux(twilight);
        assertThat(lux).isBetween(DayNightSwitch.nightBelowLux(50), DayNightSwitch.dayAboveLux(50));

        ImageRig fromDay = new ImageRig(AUTO, 320, 180, 30, DOWN, twilight);
        fromDay.run(150);
        assertThat(fromDay.processor.status().night()).as("day stays day in between").isFalse();

        ImageRig rig = new ImageRig(AUTO, 320, 180, 30, DOWN, ImageRig.NIGHT);
        rig.run(70);
        assertThat(rig.processor.status().night()).isTrue();
        rig.time = twilight;
        rig.run(150);
        assertThat(rig.processor.status().night()).as("night stays night in between").isTrue();
        rig.time = ImageRig.NOON;
        rig.run(45);
        assertThat(rig.processor.status().night()).as("back to day only after the hold").isTrue();
        rig.run(20);
        assertThat(rig.processor.status().night()).isFalse();
    }

    @Test
    void higherShiftLevelGoesToNightAtMoreLight() {
        long twilight = timeWithLuxBelow(new SimulatedWorld(7), 10);
        ImageRig early = new ImageRig(AUTO.withDayNight(DayNightMode.AUTO, 80), 320, 180, 30, DOWN, twilight);
        ImageRig late = new ImageRig(AUTO.withDayNight(DayNightMode.AUTO, 20), 320, 180, 30, DOWN, twilight);
        early.run(70);
        late.run(70);
        assertThat(early.processor.status().night()).isTrue();
        assertThat(late.processor.status().night()).isFalse();
    }

    @Test
    void irLightsTheNearFieldAndBarelyTheFarField() {
        // max gain 12 dB: exposure stays at its limit with or without IR, so rows compare directly
        ImageAdjustments night = AUTO.withDayNight(DayNightMode.NIGHT, 50).withExposure(33, 12, 50);
        ImageRig litRig = new ImageRig(night, 320, 180, 30, DOWN, ImageRig.NIGHT);
        YuvFrame lit = FrameStats.copy(litRig.run(40));
        ImageRig darkRig = new ImageRig(night.withIr(false, IrMode.AUTO, 100), 320, 180, 30, DOWN, ImageRig.NIGHT);
        YuvFrame dark = darkRig.run(40);
        assertThat(litRig.processor.status().irOn()).isTrue();
        assertThat(darkRig.processor.status().irOn()).isFalse();
        assertThat(litRig.processor.status().gainDb()).isEqualTo(darkRig.processor.status().gainDb());
        double bottomGain = FrameStats.meanLuma(lit, 150, 180) - FrameStats.meanLuma(dark, 150, 180);
        double topGain = FrameStats.meanLuma(lit, 0, 30) - FrameStats.meanLuma(dark, 0, 30);
        assertThat(bottomGain).isGreaterThan(50);
        assertThat(topGain).isGreaterThanOrEqualTo(0).isLessThan(bottomGain / 3);
    }

    @Test
    void withIrAutoExposureNeedsLessGain() {
        ImageAdjustments night = AUTO.withDayNight(DayNightMode.NIGHT, 50);
        ImageRig litRig = new ImageRig(night, 320, 180, 30, DOWN, ImageRig.NIGHT);
        YuvFrame lit = litRig.run(40);
        ImageRig darkRig = new ImageRig(night.withIr(false, IrMode.AUTO, 100), 320, 180, 30, DOWN, ImageRig.NIGHT);
        darkRig.run(40);
        assertThat(litRig.processor.status().gainDb()).isLessThan(darkRig.processor.status().gainDb() - 6);
        assertThat(FrameStats.meanLuma(lit, 150, 180)).isGreaterThan(FrameStats.meanLuma(lit, 0, 30) * 2);
    }

    @Test
    void higherManualIrIntensityStrengthensTheNearFarContrast() {
        ImageAdjustments night = AUTO.withDayNight(DayNightMode.NIGHT, 50);
        YuvFrame strong = FrameStats.copy(new ImageRig(night.withIr(true, IrMode.MANUAL, 100), 320, 180, 30, DOWN,
                ImageRig.NIGHT).run(40));
        YuvFrame weak = new ImageRig(night.withIr(true, IrMode.MANUAL, 10), 320, 180, 30, DOWN, ImageRig.NIGHT).run(40);
        double strongRatio = FrameStats.meanLuma(strong, 150, 180) / FrameStats.meanLuma(strong, 0, 30);
        double weakRatio = FrameStats.meanLuma(weak, 150, 180) / FrameStats.meanLuma(weak, 0, 30);
        assertThat(strongRatio).isGreaterThan(weakRatio * 1.3);
    }

    @Test
    void noIrByDay() {
        ImageRig rig = new ImageRig(AUTO, 320, 180, 30, DOWN, ImageRig.NOON);
        rig.run(3);
        assertThat(rig.processor.status().irOn()).isFalse();
        assertThat(rig.processor.status().night()).isFalse();
    }

    /** The first evening time (10 s steps from 18:00) with less light than {@code lux}. */
    private static long timeWithLuxBelow(SimulatedWorld world, double lux) {
        long t = ImageRig.DUSK - 10 * 60_000;
        while (world.sceneLightLux(t) >= lux) {
            t += 10_000;
        }
        return t;
    }
}
