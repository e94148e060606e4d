package org.ptzcam.media.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measurements on mono 16-bit PCM, and a WAV writer. */
final class Signals {

    private Signals() {
    }

    /** Amplitude (fraction of full scale) of the {@code hz} component of {@code pcm[from, from+n)}. */
    static double amplitude(short[] pcm, int from, int n, int rate, double hz) {
        double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + n; i++) {
            double s0 = pcm[i] / 32768.0 + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / n;
    }

    /** RMS (fraction of full scale) of {@code pcm[from, from+n)}. */
    static double rms(short[] pcm, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            double v = pcm[i] / 32768.0;
            sum += v * v;
        }
        return Math.sqrt(sum / n);
    }

    /**
     * Times (ms from the start of {@code pcm}) where the {@code hz} component rises above
     * {@code threshold} after at least 200 ms below it; measured in 2 ms windows every 0.5 ms,
     * the time being the window's centre.
     */
    static List<Double> onsets(short[] pcm, int rate, double hz, double threshold) {
        return onsets(pcm, rate, hz, threshold, 2, 200);
    }

    /** As {@link #onsets(short[], int, double, double)} with other window and quiet lengths. */
    static List<Double> onsets(short[] pcm, int rate, double hz, double threshold, int windowMs, int quietMs) {
        int window = rate * windowMs / 1000;
        int hop = Math.max(1, rate / 2000);
        List<Double> out = new ArrayList<>();
        double quietSince = 0;
        boolean above = true; // the signal may start inside a tone: wait for quiet first
        for (int from = 0; from + window <= pcm.length; from += hop) {
            double ms = (from + window / 2.0) * 1000 / rate;
            boolean now = amplitude(pcm, from, window, rate, hz) >= threshold;
            if (now && !above && ms - quietSince >= quietMs) {
                out.add(ms);
            }
            if (!now && above) {
                quietSince = ms;
            }
            above = now;
        }
        return out;
    }

    static short[] concat(List<short[]> parts) {
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int pos = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, pos, p.length);
            pos += p.length;
        }
        return all;
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

    /** {@code seconds} of {@code hz} at {@code level} of full scale, then {@code silence} seconds, on all channels. */
    static short[] toneThenSilence(int rate, int channels, double hz, double seconds, double silence, double level) {
        int tone = (int) Math.round(rate * seconds);
        int n = tone + (int) Math.round(rate * silence);
        short[] pcm = new short[n * channels];
        for (int i = 0; i < tone; i++) {
            short s = (short) Math.round(level * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                pcm[i * channels + c] = s;
            }
        }
        return pcm;
    }
}
