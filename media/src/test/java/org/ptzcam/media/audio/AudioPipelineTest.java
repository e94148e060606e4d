package org.ptzcam.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.audio.AudioDecoder;
import org.ptzcam.codec.audio.AudioEncoderConfig;

/** The simulated microphone through each encoder, decoded again: the beeps are where the scene clock puts them. */
class AudioPipelineTest {

    /** 400 ms past a whole second: beeps at 600 and 1600 ms. */
    private static final long T0 = 1_700_000_000_400L;
    private static final long ANCHOR_NANOS = 5_000_000_000L;
    private static final int TICKS = 120; // 2.4 s

    @TempDir
    Path dir;

    record Case(String name, AudioEncoderConfig config, int micRate, int micChannels) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Opus 48 kHz", AudioEncoderConfig.of(AudioCodec.OPUS), 48000, 1),
                new Case("AAC-LC 48 kHz", AudioEncoderConfig.of(AudioCodec.AAC_LC), 48000, 1),
                new Case("G.711 µ-law", AudioEncoderConfig.of(AudioCodec.PCMU), 8000, 1),
                new Case("G.711 µ-law from a 48 kHz source", AudioEncoderConfig.of(AudioCodec.PCMU), 48000, 1),
                new Case("AAC-LC 44.1 kHz stereo from 48 kHz mono",
                        new AudioEncoderConfig(AudioCodec.AAC_LC, 44100, 2, 96), 48000, 1));
    }

    /** Packets of {@code ticks} ticks from the scene time {@code start}. */
    private static List<EncodedPacket> run(AudioPipeline pipeline, long start, int ticks) {
        return run(pipeline, start, 0, ticks, new ArrayList<>());
    }

    private static List<EncodedPacket> run(AudioPipeline p, long start, int from, int to, List<EncodedPacket> out) {
        for (int i = from; i < to; i++) {
            p.tick(start + 20L * i, ANCHOR_NANOS + 20_000_000L * i);
        }
        return out;
    }

    /** Decoded channel 0 and its rate. */
    record Decoded(short[] pcm, int rate) {
    }

    private static Decoded decode(AudioEncoderConfig config, byte[] extradata, List<EncodedPacket> packets) {
        List<short[]> parts = new ArrayList<>();
        int rate;
        try (AudioDecoder decoder = AudioDecoder.open(config.codec(), config.sampleRate(), config.channels(), extradata)) {
            for (EncodedPacket p : packets) {
                parts.add(decoder.decode(p));
            }
            rate = decoder.sampleRate();
        }
        short[] all = Signals.concat(parts);
        short[] mono = new short[all.length / config.channels()];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = all[i * config.channels()];
        }
        return new Decoded(mono, rate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void beepsSurviveEncodingAtTheirSceneTime(Case c) {
        AudioEncoderConfig config = c.config();
        List<EncodedPacket> packets = new ArrayList<>();
        byte[] extradata;
        int frameSize;
        try (AudioPipeline pipeline = AudioPipeline.open(new SimulatedMicrophone(c.micRate(), c.micChannels(), 11),
                new InputStage(), config, packets::add)) {
            extradata = pipeline.extradata();
            frameSize = pipeline.frameSize();
            run(pipeline, T0, TICKS);
        }

        // timestamps: monotonic, one codec frame apart, anchored on the first capture time
        long step = (long) frameSize * config.clockRate() / config.sampleRate();
        int expectedPackets = (int) (TICKS * 0.02 * config.sampleRate() / frameSize);
        assertThat(packets.size()).isBetween(expectedPackets - 3, expectedPackets);
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).pts() - packets.get(i - 1).pts()).as("pts step %d", i).isEqualTo(step);
        }
        long anchor = Timestamps.toClock(ANCHOR_NANOS, config.clockRate());
        long firstPts = packets.get(0).pts();
        assertThat(firstPts).isBetween(anchor - 2 * step, anchor);
        assertThat(packets).allSatisfy(p -> assertThat(p.codec()).isEqualTo(config.codec()));

        // the decoded audio starts at the first packet's time (for Opus after the pre-skip the
        // decoder drops); the beeps sit at whole scene seconds
        Decoded d = decode(config, extradata, packets);
        long skipped = config.codec() == AudioCodec.OPUS ? (extradata[10] & 0xff) | (extradata[11] & 0xff) << 8 : 0;
        double startMs = (firstPts + skipped - anchor) * 1000.0 / config.clockRate();
        List<Double> onsets = Signals.onsets(d.pcm(), d.rate(), 1000, SimulatedMicrophone.BEEP_LEVEL / 2);
        assertThat(onsets).hasSize(2);
        for (int i = 0; i < 2; i++) {
            double sceneMs = startMs + onsets.get(i); // relative to T0
            assertThat(sceneMs).as("beep %d", i).isCloseTo(600 + 1000 * i + 2.5, within(5.0));
        }
        int beep = (int) ((650 - startMs) * d.rate() / 1000);
        assertThat(Signals.amplitude(d.pcm(), beep, d.rate() / 25, d.rate(), 1000))
                .as("beep level after the codec").isCloseTo(SimulatedMicrophone.BEEP_LEVEL, within(0.03));
    }

    @Test
    void inputGainReachesTheEncoder() {
        List<EncodedPacket> packets = new ArrayList<>();
        AudioEncoderConfig config = AudioEncoderConfig.of(AudioCodec.PCMU);
        InputStage stage = new InputStage(-20, true);
        try (AudioPipeline pipeline = AudioPipeline.open(new SimulatedMicrophone(8000, 1, 11), stage, config, packets::add)) {
            assertThat(pipeline.inputStage()).isSameAs(stage);
            run(pipeline, T0, 50); // 1 s: the beep at 600 ms
        }
        Decoded d = decode(config, new byte[0], packets);
        assertThat(Signals.amplitude(d.pcm(), 8000 * 650 / 1000, 320, 8000, 1000))
                .isCloseTo(SimulatedMicrophone.BEEP_LEVEL / 10, within(0.005));
    }

    @Test
    void switchingToLineInKeepsTheStreamGoing() throws IOException {
        Path wav = Signals.writeWav(dir.resolve("music.wav"), 48000, 1, Signals.toneThenSilence(48000, 1, 440, 0.5, 0, 0.4));
        List<EncodedPacket> packets = new ArrayList<>();
        AudioEncoderConfig config = AudioEncoderConfig.of(AudioCodec.OPUS);
        try (AudioPipeline pipeline = AudioPipeline.open(new SimulatedMicrophone(48000, 1, 11), new InputStage(),
                config, packets::add)) {
            run(pipeline, T0, 0, 50, packets);
            pipeline.replaceSource(new LineInSource(wav, 48000, 1));
            run(pipeline, T0, 50, 100, packets);
            assertThat(pipeline.config()).isEqualTo(config);
        }
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).pts() - packets.get(i - 1).pts()).isEqualTo(960);
        }
        Decoded d = decode(config, new byte[0], packets);
        int rate = d.rate();
        assertThat(Signals.amplitude(d.pcm(), rate * 65 / 100, rate / 25, rate, 1000)).as("mic beep").isGreaterThan(0.15);
        assertThat(Signals.amplitude(d.pcm(), rate * 15 / 10, rate / 10, rate, 440)).as("line-in tone").isCloseTo(0.4, within(0.05));
    }

    @Test
    void closingClosesTheSourceAndRefusesMoreWork() throws IOException {
        Path wav = Signals.writeWav(dir.resolve("a.wav"), 8000, 1, Signals.toneThenSilence(8000, 1, 440, 0.1, 0, 0.4));
        LineInSource line = new LineInSource(wav, 8000, 1);
        AudioPipeline pipeline = AudioPipeline.open(line, new InputStage(), AudioEncoderConfig.of(AudioCodec.PCMU), p -> { });
        pipeline.tick(0, 0);
        pipeline.close();
        pipeline.close();
        assertThatThrownBy(() -> line.next(0, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pipeline.tick(20, 20_000_000)).isInstanceOf(IllegalStateException.class);
        LineInSource other = new LineInSource(wav, 8000, 1);
        assertThatThrownBy(() -> pipeline.replaceSource(other)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.next(0, 0)).as("handed-over source closed").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedOpenClosesTheSource() throws IOException {
        Path wav = Signals.writeWav(dir.resolve("b.wav"), 8000, 1, new short[160]);
        LineInSource line = new LineInSource(wav, 8000, 1);
        assertThatThrownBy(() -> AudioPipeline.open(line, new InputStage(), null, p -> { }))
                .isInstanceOf(NullPointerException.class);
        LineInSource line2 = new LineInSource(wav, 8000, 1);
        AudioEncoderConfig aac = AudioEncoderConfig.of(AudioCodec.AAC_LC);
        try (AudioPipeline ok = AudioPipeline.open(line2, new InputStage(), aac, p -> { })) {
            ok.tick(0, 0); // 8 kHz line-in resampled for a 48 kHz encoder
        }
        assertThatThrownBy(() -> line2.next(0, 0)).isInstanceOf(IllegalStateException.class);
    }
}
