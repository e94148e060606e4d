package org.ptzcam.codec.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.EncodedPacket;

/** Each audio codec: one second of a 1 kHz sine, encoded in odd-sized chunks, decoded back. */
class AudioRoundTripTest {

    private static final long ANCHOR_NANOS = 5_000_000_000L;

    static Stream<AudioEncoderConfig> configs() {
        return Stream.of(
                AudioEncoderConfig.of(AudioCodec.OPUS),
                new AudioEncoderConfig(AudioCodec.OPUS, 16000, 2, 48),
                AudioEncoderConfig.of(AudioCodec.AAC_LC),
                new AudioEncoderConfig(AudioCodec.AAC_LC, 44100, 2, 128),
                AudioEncoderConfig.of(AudioCodec.PCMU));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void sineSurvivesTheRoundTrip(AudioEncoderConfig config) {
        int rate = config.sampleRate();
        int ch = config.channels();
        short[] input = Tones.sine(rate, ch, 1000, 1.0, 0.5);
        List<EncodedPacket> packets = new ArrayList<>();
        byte[] extradata;
        int frameSize;
        try (AudioEncoder encoder = AudioEncoder.open(config)) {
            frameSize = encoder.frameSize();
            extradata = encoder.extradata();
            int chunk = 441 * ch;
            for (int off = 0; off < input.length; off += chunk) {
                long nanos = ANCHOR_NANOS + (off / ch) * 1_000_000_000L / rate;
                packets.addAll(encoder.encode(input, off, Math.min(chunk, input.length - off), nanos));
            }
            packets.addAll(encoder.flush());
        }

        assertThat(packets).allSatisfy(p -> assertThat(p.codec()).isEqualTo(config.codec()));
        assertThat(packets.size()).isBetween(rate / frameSize, rate / frameSize + 3);
        long step = (long) frameSize * config.clockRate() / rate;
        long anchor = ANCHOR_NANOS / 1000 * config.clockRate() / 1_000_000;
        assertThat(packets.get(0).pts()).isBetween(anchor - 2 * step, anchor);
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).pts() - packets.get(i - 1).pts()).as("pts step").isEqualTo(step);
        }

        Decoded result = decode(config, extradata, packets);
        short[] decoded = result.pcm();
        int out = result.rate();
        assertThat(decoded.length / ch).isGreaterThanOrEqualTo(out * 9 / 10);
        for (int c = 0; c < ch; c++) {
            double[] middle = Tones.channel(decoded, ch, c, out / 10, out / 2);
            assertThat(Tones.dominantFrequency(middle, out)).as("channel %d peak", c).isCloseTo(1000, within(20.0));
            // 0.5 full scale sine has RMS 0.354; allow about +-1 dB
            assertThat(Tones.rms(middle)).as("channel %d RMS", c).isCloseTo(0.354, within(0.04));
        }
    }

    /** Decoded interleaved PCM and its sample rate. */
    record Decoded(short[] pcm, int rate) {
    }

    static Decoded decode(AudioEncoderConfig config, byte[] extradata, List<EncodedPacket> packets) {
        List<short[]> parts = new ArrayList<>();
        int rate;
        try (AudioDecoder decoder = AudioDecoder.open(config.codec(), config.sampleRate(), config.channels(), extradata)) {
            for (EncodedPacket p : packets) {
                parts.add(decoder.decode(p));
            }
            parts.add(decoder.flush());
            rate = decoder.sampleRate();
        }
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int pos = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, pos, p.length);
            pos += p.length;
        }
        return new Decoded(all, rate);
    }
}
