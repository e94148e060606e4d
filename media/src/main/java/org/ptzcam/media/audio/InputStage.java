package org.ptzcam.media.audio;

/**
 * The audio input's analogue stage: input gain and phantom power.
 *
 * <p><b>Gain</b> from {@value #MIN_GAIN_DB} to {@value #MAX_GAIN_DB} dB multiplies every sample;
 * results beyond 16 bits clip to the extremes (saturate, never wrap around), as an overdriven
 * converter does.
 *
 * <p><b>Phantom power</b> is a state only: it lights the microphone power LED
 * ({@link #microphonePowerLed()}) and does not change the signal. The simulated microphone is a
 * dynamic one, which works the same with or without phantom power, and line-in ignores it as line
 * inputs do. (A condenser microphone would be silent without it; we do not simulate one.)
 *
 * <p>Settings may change from any thread; {@link #apply} runs on the audio thread and picks up a
 * change at the next chunk.
 */
public final class InputStage {

    public static final double MIN_GAIN_DB = -20;
    public static final double MAX_GAIN_DB = 30;

    private volatile double gainDb;
    private volatile boolean phantomPower;

    /** 0 dB, phantom power off. */
    public InputStage() {
        this(0, false);
    }

    public InputStage(double gainDb, boolean phantomPower) {
        setGainDb(gainDb);
        this.phantomPower = phantomPower;
    }

    /** @throws IllegalArgumentException outside {@value #MIN_GAIN_DB}…{@value #MAX_GAIN_DB} dB */
    public void setGainDb(double db) {
        if (!(db >= MIN_GAIN_DB && db <= MAX_GAIN_DB)) {
            throw new IllegalArgumentException("input gain must be " + (int) MIN_GAIN_DB + "…" + (int) MAX_GAIN_DB + " dB: " + db);
        }
        this.gainDb = db;
    }

    public double gainDb() {
        return gainDb;
    }

    public void setPhantomPower(boolean on) {
        this.phantomPower = on;
    }

    public boolean phantomPower() {
        return phantomPower;
    }

    /** The microphone power LED: lit while phantom power is supplied. */
    public boolean microphonePowerLed() {
        return phantomPower;
    }

    /** Applies the gain to the chunk's samples in place and returns the same chunk. */
    public PcmChunk apply(PcmChunk chunk) {
        apply(chunk.samples(), 0, chunk.samples().length);
        return chunk;
    }

    /** Applies the gain to {@code samples[offset, offset+length)} in place. */
    public void apply(short[] samples, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, samples.length);
        double db = gainDb;
        if (db == 0) {
            return;
        }
        float factor = (float) Math.pow(10, db / 20);
        for (int i = offset; i < offset + length; i++) {
            int v = Math.round(samples[i] * factor);
            samples[i] = (short) Math.clamp(v, Short.MIN_VALUE, Short.MAX_VALUE);
        }
    }
}
