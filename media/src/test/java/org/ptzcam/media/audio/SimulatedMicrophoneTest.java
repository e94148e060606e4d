package org.ptzcam.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedMicrophoneTest {

    /** 2023-11-14T22:13:20.300Z: 300 ms past a whole second. */
    private static final long T0 = 1_700_000_000_300L;

    /** {@code millis} of sound from the scene time {@code start}, in 20 ms chunks, mono. */
    static short[] record(SimulatedMicrophone mic, long start, int millis) {
        List<short[]> parts = new ArrayList<>();
        for (int t = 0; t < millis; t += AudioSource.CHUNK_MILLIS) {
            parts.add(mic.next(start + t, t * 1_000_000L).samples());
        }
        return Signals.concat(parts);
    }

    @Test
    void sameSeedAndTimeGiveTheSameSamples() {
        SimulatedMicrophone a = new SimulatedMicrophone(48000, 1, 42);
        SimulatedMicrophone b = new SimulatedMicrophone(48000, 1, 42);
        b.next(T0 - 7_000, 0); // history must not matter
        b.next(T0 + 123_456, 0);
        short[] fromA = a.next(T0 + 540, 1).samples();
        assertThat(b.next(T0 + 540, 2).samples()).isEqualTo(fromA);
        assertThat(a.next(T0 + 540, 3).samples()).isEqualTo(fromA);
        assertThat(new SimulatedMicrophone(48000, 1, 43).next(T0 + 540, 0).samples()).isNotEqualTo(fromA);
    }

    @Test
    void chunksAre20msWithTheirCaptureTime() {
        PcmChunk mono = new SimulatedMicrophone(48000, 1, 1).next(T0, 77);
        assertThat(mono.frames()).isEqualTo(960);
        assertThat(mono.captureNanos()).isEqualTo(77);
        assertThat(mono.durationNanos()).isEqualTo(20_000_000L);
        PcmChunk stereo = new SimulatedMicrophone(16000, 2, 1).next(T0, 0);
        assertThat(stereo.samples()).hasSize(640);
        for (int i = 0; i < 320; i++) {
            assertThat(stereo.samples()[2 * i + 1]).isEqualTo(stereo.samples()[2 * i]);
        }
    }

    @Test
    void beepsStartAtWholeSceneSeconds() {
        for (int rate : new int[] {48000, 8000}) {
            short[] pcm = record(new SimulatedMicrophone(rate, 1, 5), T0, 3000);
            List<Double> onsets = Signals.onsets(pcm, rate, 1000, SimulatedMicrophone.BEEP_LEVEL / 2);
            // whole seconds at 700, 1700, 2700 ms after T0; the soft edge reaches half level 2.5 ms in
            assertThat(onsets).as("at %d Hz", rate).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(onsets.get(i)).as("beep %d at %d Hz", i, rate).isCloseTo(700 + 1000 * i, within(5.0));
            }
            int beep = rate * 710 / 1000;
            assertThat(Signals.amplitude(pcm, beep, rate / 20, rate, 1000))
                    .isCloseTo(SimulatedMicrophone.BEEP_LEVEL, within(0.02));
        }
    }

    @Test
    void ambienceIsQuietButAliveAndTheBeepStandsOut() {
        int rate = 16000;
        short[] pcm = record(new SimulatedMicrophone(rate, 1, 9), T0 - 300, 60_000); // starts on a whole second
        double beepRms = SimulatedMicrophone.BEEP_LEVEL / Math.sqrt(2);
        double loudest = 0;
        double quietest = 1;
        for (int s = 0; s < 60; s++) {
            // the 800 ms between one beep's end and the next beep
            double rms = Signals.rms(pcm, s * rate + rate / 8, rate * 8 / 10);
            loudest = Math.max(loudest, rms);
            quietest = Math.min(quietest, rms);
        }
        assertThat(quietest).as("ambience is not silence").isGreaterThan(0.001);
        assertThat(loudest).as("a vehicle passes within a minute").isGreaterThan(2 * quietest);
        assertThat(beepRms / loudest).as("beep over the loudest ambience").isGreaterThan(4);
        assertThat(beepRms / quietest).as("beep over quiet ambience").isGreaterThan(20);
        // the mains hum is there, faintly: 50 Hz stands above its neighbourhood
        int quiet = 10 * rate + rate / 8;
        assertThat(Signals.amplitude(pcm, quiet, rate / 2, rate, 50))
                .isGreaterThan(3 * Signals.amplitude(pcm, quiet, rate / 2, rate, 70));
    }

    @Test
    void sixtyHertzMains() {
        int rate = 8000;
        short[] pcm = record(new SimulatedMicrophone(rate, 1, 9, 60), T0, 700);
        int from = rate * 150 / 1000;
        assertThat(Signals.amplitude(pcm, from, rate / 2, rate, 60))
                .isGreaterThan(3 * Signals.amplitude(pcm, from, rate / 2, rate, 50));
    }

    @Test
    void rejectsFormatsWithoutWhole20msChunks() {
        assertThatThrownBy(() -> new SimulatedMicrophone(11025, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedMicrophone(48000, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedMicrophone(48000, 1, 0, 55)).isInstanceOf(IllegalArgumentException.class);
    }
}
