package org.ptzcam.media.audio;

/**
 * An audio input, pulled by the audio thread: each call of {@link #next} returns the next 20 ms.
 *
 * <p>Sources produce their audio at the rate and channel count given at construction (normally
 * the encoder's, so nothing needs resampling). They are not thread-safe: one thread calls
 * {@code next}, and {@code close}.
 */
public interface AudioSource extends AutoCloseable {

    /** Every chunk is this long. */
    int CHUNK_MILLIS = 20;

    /**
     * The next {@value #CHUNK_MILLIS} ms of audio.
     *
     * @param sceneTimeMillis the scene clock (device time, epoch milliseconds) at the chunk's first
     *                        sample; sources tied to the scene (the simulated microphone) derive
     *                        their sound from it, others ignore it
     * @param captureNanos    the capture clock at the chunk's first sample, copied into the chunk
     */
    PcmChunk next(long sceneTimeMillis, long captureNanos);

    int sampleRate();

    int channels();

    /** Samples per channel in each chunk. */
    default int chunkFrames() {
        return sampleRate() * CHUNK_MILLIS / 1000;
    }

    /** Releases what the source holds (files, native decoders). Idempotent. */
    @Override
    default void close() {
    }

    /** Checks a rate/channel pair a source can deliver in whole 20 ms chunks. */
    static void checkFormat(int sampleRate, int channels) {
        if (sampleRate < 8000 || sampleRate > 192_000 || sampleRate % (1000 / CHUNK_MILLIS) != 0) {
            throw new IllegalArgumentException("sample rate must be 8000..192000 Hz and a multiple of 50: " + sampleRate);
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2: " + channels);
        }
    }
}
