package org.ptzcam.codec.audio.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PcmResamplerTest {

    /** Converts {@code in} in 20 ms chunks, as the audio pipeline does. */
    private static short[] convertInChunks(PcmResampler r, short[] in, int chunk) {
        short[] out = new short[in.length * 8 + 1024];
        int len = 0;
        for (int off = 0; off < in.length; off += chunk) {
            int n = r.convert(in, off, Math.min(chunk, in.length - off));
            System.arraycopy(r.output(), 0, out, len, n);
            len += n;
        }
        return java.util.Arrays.copyOf(out, len);
    }

    @Test
    void downsamples48kTo8kKeepingATone() {
        short[] in = TestAudio.sine(48000, 1, 1000, 1.0, 0.5);
        try (PcmResampler r = PcmResampler.open(48000, 1, 8000, 1)) {
            short[] out = convertInChunks(r, in, 960);
            assertThat(out.length).isCloseTo(8000, within(40));
            double[] mid = TestAudio.channel(out, 1, 0, 2000, 4000);
            assertThat(TestAudio.dominantFrequency(mid, 8000)).isCloseTo(1000, within(10.0));
            assertThat(TestAudio.rms(mid)).isCloseTo(0.354, within(0.03));
        }
    }

    @Test
    void monoToStereoAt44k1() {
        short[] in = TestAudio.sine(48000, 1, 440, 0.5, 0.5);
        try (PcmResampler r = PcmResampler.open(48000, 1, 44100, 2)) {
            short[] out = convertInChunks(r, in, 960);
            assertThat(out.length % 2).isZero();
            assertThat(out.length / 2).isCloseTo(22050, within(60));
            for (int c = 0; c < 2; c++) {
                double[] mid = TestAudio.channel(out, 2, c, 5000, 11025);
                assertThat(TestAudio.dominantFrequency(mid, 44100)).isCloseTo(440, within(10.0));
                assertThat(TestAudio.rms(mid)).as("mono copied at full level").isCloseTo(0.354, within(0.01));
            }
        }
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> PcmResampler.open(48000, 0, 8000, 1)).isInstanceOf(IllegalArgumentException.class);
        try (PcmResampler r = PcmResampler.open(48000, 2, 8000, 1)) {
            assertThatThrownBy(() -> r.convert(new short[3], 0, 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple");
            assertThatThrownBy(() -> r.convert(new short[4], 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void steadyStateReusesItsOutputArray() {
        short[] in = TestAudio.sine(48000, 1, 1000, 0.2, 0.5);
        try (PcmResampler r = PcmResampler.open(48000, 1, 16000, 1)) {
            r.convert(in, 0, 960);
            short[] first = r.output();
            for (int off = 960; off + 960 <= in.length; off += 960) {
                assertThat(r.convert(in, off, 960)).isBetween(300, 340);
                assertThat(r.output()).isSameAs(first);
            }
        }
    }
}
