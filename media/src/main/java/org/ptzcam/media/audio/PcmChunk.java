package org.ptzcam.media.audio;

import java.util.Objects;

/**
 * A chunk of captured audio, normally 20 ms: interleaved signed 16-bit samples.
 *
 * <p>The array belongs to whoever holds the chunk; the {@link InputStage} changes it in place.
 *
 * @param samples      interleaved PCM, {@code frames() × channels} values
 * @param sampleRate   samples per second per channel
 * @param channels     interleaved channel count
 * @param captureNanos capture time of the first sample, on the camera's monotonic capture clock
 */
public record PcmChunk(short[] samples, int sampleRate, int channels, long captureNanos) {

    public PcmChunk {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sample rate and channels must be positive");
        }
        if (samples.length % channels != 0) {
            throw new IllegalArgumentException(samples.length + " samples do not divide into " + channels + " channels");
        }
    }

    /** Samples per channel. */
    public int frames() {
        return samples.length / channels;
    }

    /** Length of the chunk in nanoseconds. */
    public long durationNanos() {
        return frames() * 1_000_000_000L / sampleRate;
    }
}
