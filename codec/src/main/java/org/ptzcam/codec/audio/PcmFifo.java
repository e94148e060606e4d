package org.ptzcam.codec.audio;

import java.nio.ByteBuffer;

/**
 * Collects interleaved 16-bit samples from chunks of any size into whole codec frames of
 * {@code frameSize} samples per channel. One array, reused.
 */
final class PcmFifo {

    private final short[] frame;
    private int filled;

    PcmFifo(int frameSize, int channels) {
        this.frame = new short[frameSize * channels];
    }

    /** Copies up to a frame's worth from {@code src}; returns how many shorts it took. */
    int offer(short[] src, int offset, int length) {
        int n = Math.min(length, frame.length - filled);
        System.arraycopy(src, offset, frame, filled, n);
        filled += n;
        return n;
    }

    /** As {@link #offer(short[], int, int)}, reading shorts from the buffer in its byte order. */
    int offer(ByteBuffer src) {
        int n = Math.min(src.remaining() / 2, frame.length - filled);
        src.asShortBuffer().get(frame, filled, n);
        src.position(src.position() + 2 * n);
        filled += n;
        return n;
    }

    boolean isFull() {
        return filled == frame.length;
    }

    boolean isEmpty() {
        return filled == 0;
    }

    /** Shorts held (all channels). */
    int filled() {
        return filled;
    }

    /** The buffered samples; valid up to {@link #filled()}. */
    short[] samples() {
        return frame;
    }

    void clear() {
        filled = 0;
    }
}
