package org.ptzcam.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.CodecException;

class LineInSourceTest {

    @TempDir
    Path dir;

    @Test
    void playsTheFileInALoopAtThePipelineRate() throws IOException {
        // 0.5 s at 44.1 kHz stereo: 300 ms of 440 Hz, then 200 ms of silence
        Path wav = Signals.writeWav(dir.resolve("loop.wav"), 44100, 2,
                Signals.toneThenSilence(44100, 2, 440, 0.3, 0.2, 0.5));
        List<short[]> parts = new ArrayList<>();
        try (LineInSource line = new LineInSource(wav, 48000, 1)) {
            assertThat(line.sampleRate()).isEqualTo(48000);
            assertThat(line.channels()).isEqualTo(1);
            for (int i = 0; i < 90; i++) { // 1.8 s
                PcmChunk chunk = line.next(123_000 + 20L * i, 20_000_000L * i);
                assertThat(chunk.frames()).isEqualTo(960);
                assertThat(chunk.captureNanos()).isEqualTo(20_000_000L * i);
                parts.add(chunk.samples());
            }
            assertThat(line.loops()).isEqualTo(3);
        }
        short[] pcm = Signals.concat(parts);
        // the tone restarts every 500 ms; its very first start has no quiet before it
        List<Double> onsets = Signals.onsets(pcm, 48000, 440, 0.25, 5, 150);
        assertThat(onsets).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(onsets.get(i)).isCloseTo(500.0 * (i + 1), within(5.0));
        }
        assertThat(Signals.amplitude(pcm, 48000 * 11 / 10, 4800, 48000, 440)).as("tone in the third loop").isCloseTo(0.5, within(0.03));
        assertThat(Signals.rms(pcm, 48000 * 37 / 100, 4800)).as("silence in the first loop").isLessThan(0.001);
    }

    @Test
    void missingFileFailsAtConstruction() {
        Path missing = dir.resolve("absent.flac");
        assertThatThrownBy(() -> new LineInSource(missing, 48000, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void closedSourceRefusesToPlay() throws IOException {
        Path wav = Signals.writeWav(dir.resolve("short.wav"), 8000, 1, Signals.toneThenSilence(8000, 1, 440, 0.05, 0, 0.5));
        LineInSource line = new LineInSource(wav, 8000, 1);
        line.close();
        line.close();
        assertThatThrownBy(() -> line.next(0, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileShorterThanAChunkLoopsWithinTheChunk() throws IOException {
        Path wav = Signals.writeWav(dir.resolve("tiny.wav"), 8000, 1, new short[] {1000, 2000, 3000});
        try (LineInSource line = new LineInSource(wav, 8000, 1)) {
            short[] s = line.next(0, 0).samples();
            assertThat(s).hasSize(160);
            assertThat(new short[] {s[0], s[1], s[2], s[3], s[4], s[5]}).containsExactly(1000, 2000, 3000, 1000, 2000, 3000);
            assertThat(line.loops()).isGreaterThanOrEqualTo(53);
        }
    }
}
