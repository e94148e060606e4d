package org.ptzcam.media.pipeline;

import java.util.ArrayDeque;

/**
 * The bitrate of one encoded stream over the last second of capture time, for the {@code #b}
 * overlay modifier. Unknown (negative) until the stream has a full second behind it: a figure from
 * the first frames would be a key frame's size blown up to a rate. Written by the encoder thread,
 * read from any thread.
 */
final class BitrateMeter {

    static final long WINDOW_NANOS = 1_000_000_000L;

    private record Unit(long nanos, int bytes) {
    }

    private final ArrayDeque<Unit> window = new ArrayDeque<>();
    private long first = Long.MIN_VALUE;
    private long bytes;
    private volatile double kbps = -1;

    /** One encoded unit of {@code size} bytes captured at {@code captureNanos}. */
    void add(long captureNanos, int size) {
        if (first == Long.MIN_VALUE) {
            first = captureNanos;
        }
        window.addLast(new Unit(captureNanos, size));
        bytes += size;
        while (!window.isEmpty() && window.peekFirst().nanos() <= captureNanos - WINDOW_NANOS) {
            bytes -= window.pollFirst().bytes();
        }
        if (captureNanos - first >= WINDOW_NANOS) {
            kbps = bytes * 8 / 1000.0;
        }
    }

    /** kbit/s over the last second, or −1 while less than a second has been encoded. */
    double kbps() {
        return kbps;
    }
}
