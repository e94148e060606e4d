package org.ptzcam.media.audio;

/**
 * A simulated (dynamic) microphone listening to the simulated scene.
 *
 * <p>The ambience is quiet: pink-ish noise (Voss–McCartney: octave layers of held random values),
 * a faint mains hum (50 or 60 Hz with two harmonics) and, in most 20-second slots, one distant
 * vehicle passing: an 8-second swell of low rumble and tyre hiss. Over it, a beep of
 * {@value #BEEP_HZ} Hz and {@value #BEEP_MILLIS} ms with 5 ms soft edges starts exactly at every
 * whole second of the scene clock, so a listener hears the clock and tests can find the beeps.
 *
 * <p>Every sample is a pure function of the seed and its position on the scene clock
 * ({@code sceneTimeMillis × rate / 1000} plus its index in the chunk): the same seed and time give
 * the same samples whatever was generated before, and a jump of the scene clock jumps the sound.
 *
 * <p>Phantom power does not change this microphone: it simulates a dynamic microphone, which needs
 * no power (see {@link InputStage}).
 */
public final class SimulatedMicrophone implements AudioSource {

    public static final int BEEP_HZ = 1000;
    public static final int BEEP_MILLIS = 100;
    /** Beep peak, as a fraction of full scale (−12 dBFS). */
    public static final double BEEP_LEVEL = 0.25;

    private static final int RAMP_MILLIS = 5;
    private static final int PINK_OCTAVES = 12;
    private static final double PINK_SCALE = 0.002; // 12 layers of ±1 have RMS 2: ambience ≈ −48 dBFS
    private static final double HUM_LEVEL = 0.002;
    private static final int TRAFFIC_SLOT_SECONDS = 20;
    private static final int TRAFFIC_SWELL_SECONDS = 8;
    private static final double TRAFFIC_PEAK = 0.04;
    private static final int LAYER_TRAFFIC = 100;
    private static final int LAYER_RUMBLE = 101;
    private static final int LAYER_HISS = 102;

    private final int rate;
    private final int channels;
    private final long seed;
    private final int mainsHz;
    private final long[] octaveOffsets = new long[PINK_OCTAVES];
    private final double[] mix;

    /** A microphone at {@code sampleRate} Hz, mono or stereo (the same signal twice), 50 Hz mains. */
    public SimulatedMicrophone(int sampleRate, int channels, long seed) {
        this(sampleRate, channels, seed, 50);
    }

    /** @param mainsHz the power line frequency heard as hum: 50 or 60 */
    public SimulatedMicrophone(int sampleRate, int channels, long seed, int mainsHz) {
        AudioSource.checkFormat(sampleRate, channels);
        if (mainsHz != 50 && mainsHz != 60) {
            throw new IllegalArgumentException("mains frequency must be 50 or 60 Hz: " + mainsHz);
        }
        this.rate = sampleRate;
        this.channels = channels;
        this.seed = seed;
        this.mainsHz = mainsHz;
        for (int k = 0; k < PINK_OCTAVES; k++) {
            // staggered so the octave layers do not all change value on the same sample
            octaveOffsets[k] = (long) ((Noise.white(seed, k, -1) + 1) * (1 << k));
        }
        this.mix = new double[chunkFrames()];
    }

    @Override
    public PcmChunk next(long sceneTimeMillis, long captureNanos) {
        long n0 = Math.floorDiv(sceneTimeMillis * rate, 1000);
        int frames = mix.length;
        java.util.Arrays.fill(mix, 0);
        addPink(n0);
        addHum(n0);
        addTraffic(n0);
        addBeep(n0);
        short[] out = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            long v = Math.round(mix[i] * 32767);
            short s = (short) Math.clamp(v, Short.MIN_VALUE, Short.MAX_VALUE);
            for (int c = 0; c < channels; c++) {
                out[i * channels + c] = s;
            }
        }
        return new PcmChunk(out, rate, channels, captureNanos);
    }

    private void addPink(long n0) {
        for (int k = 0; k < PINK_OCTAVES; k++) {
            long key = Long.MIN_VALUE;
            double value = 0;
            for (int i = 0; i < mix.length; i++) {
                long k2 = (n0 + i + octaveOffsets[k]) >> k;
                if (k2 != key) {
                    key = k2;
                    value = Noise.white(seed, k, key) * PINK_SCALE;
                }
                mix[i] += value;
            }
        }
    }

    private void addHum(long n0) {
        for (int i = 0; i < mix.length; i++) {
            long n = n0 + i;
            mix[i] += HUM_LEVEL * (Noise.tone(n, mainsHz, rate)
                    + 0.5 * Noise.tone(n, 2 * mainsHz, rate) + 0.3 * Noise.tone(n, 3 * mainsHz, rate));
        }
    }

    /** In three slots out of four, one vehicle passes somewhere within the slot. */
    private void addTraffic(long n0) {
        long slotLen = (long) TRAFFIC_SLOT_SECONDS * rate;
        long swellLen = (long) TRAFFIC_SWELL_SECONDS * rate;
        long slot = Long.MIN_VALUE;
        long start = 0;
        double peak = 0;
        for (int i = 0; i < mix.length; i++) {
            long n = n0 + i;
            long s = Math.floorDiv(n, slotLen);
            if (s != slot) {
                slot = s;
                double h = Noise.white(seed, LAYER_TRAFFIC, slot);
                peak = h < -0.5 ? 0 : TRAFFIC_PEAK * (0.5 + (h + 0.5) / 3); // a quiet slot, or 0.5..1 of the peak
                start = slot * slotLen
                        + (long) ((Noise.white(seed, LAYER_TRAFFIC + 1, slot) + 1) / 2 * (slotLen - swellLen));
            }
            long t = n - start;
            if (peak == 0 || t < 0 || t >= swellLen) {
                continue;
            }
            double env = Math.sin(Math.PI * t / swellLen);
            double sound = 0.75 * Noise.smooth(seed, LAYER_RUMBLE, n, rate / 400)
                    + 0.25 * Noise.smooth(seed, LAYER_HISS, n, Math.max(1, rate / 3000));
            mix[i] += peak * env * env * sound;
        }
    }

    private void addBeep(long n0) {
        int beepLen = rate * BEEP_MILLIS / 1000;
        int ramp = rate * RAMP_MILLIS / 1000;
        for (int i = 0; i < mix.length; i++) {
            int s = (int) Math.floorMod(n0 + i, (long) rate);
            if (s >= beepLen) {
                continue;
            }
            int edge = Math.min(s, beepLen - s);
            double env = edge >= ramp ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * edge / ramp);
            mix[i] += BEEP_LEVEL * env * Noise.tone(s, BEEP_HZ, rate);
        }
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return channels;
    }

    public long seed() {
        return seed;
    }
}
