package org.ptzcam.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InputStageTest {

    private static final int RATE = 48000;

    private static PcmChunk sine(double level) {
        return new PcmChunk(Signals.toneThenSilence(RATE, 1, 440, 0.1, 0, level), RATE, 1, 0);
    }

    @Test
    void zeroDbLeavesTheSignalAlone() {
        PcmChunk in = sine(0.5);
        short[] before = in.samples().clone();
        assertThat(new InputStage().apply(in).samples()).isEqualTo(before);
    }

    @Test
    void plus20dBIsTenTimesTheRms() {
        PcmChunk chunk = sine(0.03);
        double before = Signals.rms(chunk.samples(), 0, chunk.samples().length);
        new InputStage(20, false).apply(chunk);
        double after = Signals.rms(chunk.samples(), 0, chunk.samples().length);
        assertThat(after / before).isCloseTo(10, within(0.05));
    }

    @Test
    void minus20dBIsATenth() {
        PcmChunk chunk = sine(0.5);
        double before = Signals.rms(chunk.samples(), 0, chunk.samples().length);
        new InputStage(-20, false).apply(chunk);
        assertThat(Signals.rms(chunk.samples(), 0, chunk.samples().length) / before).isCloseTo(0.1, within(0.002));
    }

    @Test
    void loudInputClipsWithoutWrappingAround() {
        PcmChunk chunk = sine(0.5);
        short[] in = chunk.samples().clone();
        new InputStage(30, false).apply(chunk);
        short[] out = chunk.samples();
        int clipped = 0;
        for (int i = 0; i < in.length; i++) {
            assertThat(Integer.signum(out[i])).as("sample %d keeps its sign", i).isEqualTo(Integer.signum(in[i]));
            double ideal = in[i] * Math.pow(10, 1.5);
            if (Math.abs(ideal) > Short.MAX_VALUE) {
                assertThat(out[i]).isIn(Short.MAX_VALUE, Short.MIN_VALUE);
                clipped++;
            } else {
                assertThat((double) out[i]).isCloseTo(ideal, within(1.0));
            }
        }
        assertThat(clipped).as("most of a half-scale sine clips at +30 dB").isGreaterThan(in.length / 2);
        short[] extremes = {Short.MAX_VALUE, Short.MIN_VALUE, 1, -1};
        new InputStage(30, false).apply(extremes, 0, 4);
        assertThat(extremes).containsExactly(Short.MAX_VALUE, Short.MIN_VALUE, (short) 32, (short) -32);
    }

    @Test
    void gainIsValidatedAndChangesLive() {
        InputStage stage = new InputStage();
        assertThatThrownBy(() -> stage.setGainDb(-20.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stage.setGainDb(31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stage.setGainDb(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputStage(40, true)).isInstanceOf(IllegalArgumentException.class);
        stage.setGainDb(6);
        short[] s = {1000};
        stage.apply(s, 0, 1);
        assertThat(s[0]).isEqualTo((short) 1995);
        assertThat(stage.gainDb()).isEqualTo(6);
    }

    @Test
    void phantomPowerLightsTheLedAndLeavesTheSignalAlone() {
        InputStage stage = new InputStage(10, false);
        assertThat(stage.microphonePowerLed()).isFalse();
        PcmChunk a = new SimulatedMicrophone(RATE, 1, 3).next(1_000, 0);
        PcmChunk b = new SimulatedMicrophone(RATE, 1, 3).next(1_000, 0);
        stage.apply(a);
        stage.setPhantomPower(true);
        assertThat(stage.microphonePowerLed()).isTrue();
        assertThat(stage.phantomPower()).isTrue();
        stage.apply(b);
        assertThat(b.samples()).as("dynamic microphone: same signal with phantom power").isEqualTo(a.samples());
        stage.setPhantomPower(false);
        assertThat(stage.microphonePowerLed()).isFalse();
    }
}
