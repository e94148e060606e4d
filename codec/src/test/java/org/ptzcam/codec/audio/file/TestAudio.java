package org.ptzcam.codec.audio.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.Ffprobe;
import org.ptzcam.codec.audio.Tones;

/** Test signals, WAV writing, measurement, and files made by the Debian ffmpeg CLI. */
final class TestAudio {

    private TestAudio() {
    }

    /** {@code seconds} of a sine at {@code hz} and {@code level} of full scale, interleaved on all channels. */
    static short[] sine(int rate, int channels, double hz, double seconds, double level) {
        int n = (int) Math.round(rate * seconds);
        short[] pcm = new short[n * channels];
        for (int i = 0; i < n; i++) {
            short s = (short) Math.round(level * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                pcm[i * channels + c] = s;
            }
        }
        return pcm;
    }

    /** A canonical 16-bit PCM WAV file. */
    static Path writeWav(Path file, int rate, int channels, short[] pcm) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * pcm.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * pcm.length);
        for (short s : pcm) {
            b.putShort(s);
        }
        return Files.write(file, b.array());
    }

    /**
     * Converts {@code wav} with the Debian ffmpeg CLI ({@code encoderArgs}, e.g. {@code -c:a flac}).
     * Fails naming the Debian package {@code ffmpeg} if the CLI is missing.
     */
    static Path transcode(Path wav, Path out, String... encoderArgs) {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", wav.toString()));
        cmd.addAll(List.of(encoderArgs));
        cmd.add(out.toString());
        Ffprobe.run(cmd);
        return out;
    }

    /** Reads the whole file through {@code reader} in chunks of {@code chunk} shorts. */
    static short[] readAll(AudioFileReader reader, int chunk) {
        short[] buf = new short[chunk];
        short[] all = new short[chunk];
        int len = 0;
        int n;
        while ((n = reader.read(buf, 0, buf.length)) > 0) {
            if (len + n > all.length) {
                all = java.util.Arrays.copyOf(all, 2 * (len + n));
            }
            System.arraycopy(buf, 0, all, len, n);
            len += n;
        }
        return java.util.Arrays.copyOf(all, len);
    }

    /** Channel {@code c} of interleaved {@code pcm}, per-channel samples {@code [from, from+n)}, as ±1.0. */
    static double[] channel(short[] pcm, int channels, int c, int from, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = pcm[(from + i) * channels + c] / 32768.0;
        }
        return out;
    }

    /** The frequency with the most energy, 50 Hz .. Nyquist: 20 Hz steps, then 1 Hz around the peak (Goertzel). */
    static double dominantFrequency(double[] x, int rate) {
        double coarse = peak(x, rate, 50, rate / 2.0 - 50, 20);
        return peak(x, rate, coarse - 20, coarse + 20, 1);
    }

    private static double peak(double[] x, int rate, double from, double to, double step) {
        return Tones.peak(x, rate, from, to, step);
    }

    static double rms(double[] x) {
        return Tones.rms(x);
    }
}
