package org.ptzcam.codec.audio;

/** Test signals and their measurement. */
public final class Tones {

    private Tones() {
    }

    /** {@code seconds} of a sine at {@code hz}, amplitude {@code level} of full scale, interleaved. */
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

    /** Channel {@code c} of interleaved samples {@code [from, from + n)} (per-channel indices). */
    static double[] channel(short[] pcm, int channels, int c, int from, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = pcm[(from + i) * channels + c] / 32768.0;
        }
        return out;
    }

    /** The frequency with the most energy, scanning 50 Hz .. Nyquist in 10 Hz steps (Goertzel). */
    static double dominantFrequency(double[] x, int rate) {
        return peak(x, rate, 50, rate / 2.0 - 60, 10);
    }

    /** The frequency with the most energy between {@code from} and {@code to} (inclusive), in steps. */
    public static double peak(double[] x, int rate, double from, double to, double step) {
        double best = from;
        double bestPower = -1;
        for (double f = from; f <= to; f += step) {
            double power = goertzel(x, rate, f);
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }

    public static double rms(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    private static double goertzel(double[] x, int rate, double f) {
        double coeff = 2 * Math.cos(2 * Math.PI * f / rate);
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            double s0 = v + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}
