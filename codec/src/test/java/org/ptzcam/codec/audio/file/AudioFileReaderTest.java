package org.ptzcam.codec.audio.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.codec.CodecException;

/**
 * A one-second 440 Hz sine at 44.1 kHz stereo in several containers and codecs, read back at
 * 48 kHz mono. The WAV is written here; the others are made from it by the Debian ffmpeg CLI.
 */
class AudioFileReaderTest {

    private static final int OUT_RATE = 48000;

    @TempDir
    static Path dir;
    static Path wav;

    @BeforeAll
    static void makeFiles() throws IOException {
        wav = TestAudio.writeWav(dir.resolve("sine.wav"), 44100, 2, TestAudio.sine(44100, 2, 440, 1.0, 0.5));
        TestAudio.transcode(wav, dir.resolve("sine.flac"), "-c:a", "flac");
        TestAudio.transcode(wav, dir.resolve("sine.mp3"), "-c:a", "libmp3lame", "-b:a", "128k");
        TestAudio.transcode(wav, dir.resolve("sine.opus"), "-c:a", "libopus", "-b:a", "64k");
        TestAudio.transcode(wav, dir.resolve("sine.m4a"), "-c:a", "aac", "-b:a", "128k");
    }

    static Stream<String> files() {
        return Stream.of("sine.wav", "sine.flac", "sine.mp3", "sine.opus", "sine.m4a");
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsTheSineAtTheRequestedRateAndChannels(String name) {
        try (AudioFileReader reader = AudioFileReader.open(dir.resolve(name), OUT_RATE, 1)) {
            assertThat(reader.sampleRate()).isEqualTo(OUT_RATE);
            assertThat(reader.channels()).isEqualTo(1);
            assertThat(reader.durationMillis()).isPresent();
            assertThat(reader.durationMillis().getAsLong()).isCloseTo(1000L, within(20L));
            short[] pcm = TestAudio.readAll(reader, 1001); // odd size: rounding and chunk joins
            assertThat(pcm.length).as("samples of 1 s at 48 kHz").isCloseTo(OUT_RATE, within(OUT_RATE / 50));
            double[] middle = TestAudio.channel(pcm, 1, 0, OUT_RATE / 4, OUT_RATE / 4);
            assertThat(TestAudio.dominantFrequency(middle, OUT_RATE)).isCloseTo(440, within(10.0));
            // a 0.5 full-scale sine on both channels mixes down to the same sine: RMS 0.354 (±1.5 dB)
            assertThat(TestAudio.rms(middle)).isCloseTo(0.354, within(0.06));
            assertThat(reader.read(new short[10], 0, 10)).isEqualTo(-1);
            assertThat(reader.read(new short[10], 0, 10)).as("stays at end").isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void rewindStartsOverForLooping(String name) {
        try (AudioFileReader reader = AudioFileReader.open(dir.resolve(name), OUT_RATE, 2)) {
            short[] first = TestAudio.readAll(reader, 960);
            reader.rewind();
            short[] second = TestAudio.readAll(reader, 960);
            assertThat(second.length).isCloseTo(first.length, within(first.length / 50));
            double[] a = TestAudio.channel(second, 2, 1, OUT_RATE / 4, OUT_RATE / 4);
            assertThat(TestAudio.dominantFrequency(a, OUT_RATE)).isCloseTo(440, within(10.0));
            if (name.endsWith(".wav") || name.endsWith(".flac")) {
                assertThat(second).as("lossless: identical after rewind").isEqualTo(first);
            }
            reader.rewind(); // mid-file rewind too
            short[] head = new short[4800];
            assertThat(reader.read(head, 0, head.length)).isEqualTo(head.length);
            reader.rewind();
            short[] again = new short[4800];
            assertThat(reader.read(again, 0, again.length)).isEqualTo(again.length);
            if (name.endsWith(".wav") || name.endsWith(".flac")) {
                assertThat(again).isEqualTo(head);
            } else { // lossy decoders may keep a little state (AAC noise substitution) across the seek
                for (int i = 0; i < head.length; i++) {
                    assertThat(Math.abs(again[i] - head[i])).as("sample %d", i).isLessThan(200);
                }
            }
        }
    }

    @Test
    void keepsTheRateAndChannelsWhenAskedFor() {
        try (AudioFileReader reader = AudioFileReader.open(wav, 44100, 2)) {
            short[] pcm = TestAudio.readAll(reader, 4096);
            assertThat(pcm.length).isEqualTo(2 * 44100);
            short[] expected = TestAudio.sine(44100, 2, 440, 1.0, 0.5);
            assertThat(pcm).as("same rate and layout: a bit-exact copy").isEqualTo(expected);
        }
    }

    @Test
    void readsWholeSampleFramesOnly() {
        try (AudioFileReader reader = AudioFileReader.open(wav, OUT_RATE, 2)) {
            short[] buf = new short[7];
            assertThat(reader.read(buf, 0, 7)).isEqualTo(6);
            assertThat(reader.read(buf, 2, 0)).isZero();
            assertThatThrownBy(() -> reader.read(buf, 0, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> reader.read(buf, 5, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void steadyStateReusesTheNativeBuffer() {
        try (AudioFileReader reader = AudioFileReader.open(dir.resolve("sine.flac"), OUT_RATE, 1)) {
            short[] buf = new short[960];
            reader.read(buf, 0, buf.length);
            long address = reader.outputBufferAddress();
            while (reader.read(buf, 0, buf.length) > 0) {
                assertThat(reader.outputBufferAddress()).isEqualTo(address);
            }
        }
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.wav");
        assertThatThrownBy(() -> AudioFileReader.open(missing, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void garbageIsRejectedAtOpen() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.wav"), noise);
        assertThatThrownBy(() -> AudioFileReader.open(garbage, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(garbage.toString())
                .hasMessageContaining("not a media file");
        Path text = Files.writeString(dir.resolve("notes.mp3"), "these are not the sounds you are looking for\n".repeat(200));
        assertThatThrownBy(() -> AudioFileReader.open(text, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(text.toString());
    }

    @Test
    void fileWithoutAudioIsNamedSo() throws IOException {
        Path png = dir.resolve("picture.png");
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertThatThrownBy(() -> AudioFileReader.open(png, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("no audio stream")
                .hasMessageContaining("video png");
    }

    @Test
    void emptyWavReadsAsEnd() throws IOException {
        Path empty = TestAudio.writeWav(dir.resolve("empty.wav"), 8000, 1, new short[0]);
        assertThatThrownBy(() -> AudioFileReader.open(empty, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("no audio samples could be decoded");
    }

    @Test
    void damagedAudioInAValidContainerIsRejected() throws IOException {
        // a well-formed WAV header announcing MP3 data (format tag 0x55), followed by noise
        byte[] noise = new byte[32 * 1024];
        new Random(11).nextBytes(noise);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(46 + noise.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(38 + noise.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(18).putShort((short) 0x55).putShort((short) 2).putInt(44100)
                .putInt(16000).putShort((short) 1).putShort((short) 0).putShort((short) 0);
        b.put("data".getBytes()).putInt(noise.length).put(noise);
        Path damaged = Files.write(dir.resolve("damaged.wav"), b.array());
        assertThatThrownBy(() -> AudioFileReader.open(damaged, OUT_RATE, 1))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(damaged.toString());
    }

    @Test
    void closeIsIdempotentAndFinal() {
        AudioFileReader reader = AudioFileReader.open(wav, OUT_RATE, 1);
        reader.close();
        reader.close();
        assertThatThrownBy(() -> reader.read(new short[4], 0, 4)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(reader::rewind).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> AudioFileReader.open(wav, 100, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AudioFileReader.open(wav, OUT_RATE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyOpenCloseCyclesDoNotLeak() {
        for (int i = 0; i < 50; i++) {
            try (AudioFileReader reader = AudioFileReader.open(dir.resolve("sine.flac"), 16000, 1)) {
                reader.read(new short[320], 0, 320);
            }
        }
    }
}
