package org.ptzcam.bench.rtsp;

import java.util.Arrays;

/**
 * What a sampled client saw in a measuring window: RTP sequence gaps, the capture instants of its
 * frames (to find frames other clients got and it did not), and the delay of each frame's first
 * packet after its capture instant as the sender reports map it (RTCP SR: NTP wall clock ↔ RTP
 * time). Single-threaded: used on the load generator's event loop only.
 */
final class FrameStats {

    private long[] delays = new long[1024];
    private int delayCount;
    /** Delays of key frames' first packets (those that start with a parameter set). */
    final FrameStats keyFrames;
    /** Delays of each frame's last packet (marker): when the whole frame has arrived. */
    final FrameStats complete;
    long packets;
    long bytes;
    long sequenceGaps;
    long missingFrames;
    long frames;
    /** Capture instants (ms since the epoch, from the SR mapping) of the frames received. */
    final java.util.Set<Long> captureMillis = new java.util.HashSet<>();

    FrameStats() {
        this(true);
    }

    private FrameStats(boolean withParts) {
        keyFrames = withParts ? new FrameStats(false) : null;
        complete = withParts ? new FrameStats(false) : null;
    }

    void delay(long nanos) {
        if (delayCount == delays.length) {
            delays = Arrays.copyOf(delays, delays.length * 2);
        }
        delays[delayCount++] = nanos;
    }

    void addTo(FrameStats total) {
        for (int i = 0; i < delayCount; i++) {
            total.delay(delays[i]);
        }
        if (keyFrames != null && total.keyFrames != null) {
            keyFrames.addTo(total.keyFrames);
            complete.addTo(total.complete);
        }
        total.packets += packets;
        total.bytes += bytes;
        total.sequenceGaps += sequenceGaps;
        total.missingFrames += missingFrames;
        total.frames += frames;
    }

    void reset() {
        if (keyFrames != null) {
            keyFrames.reset();
            complete.reset();
        }
        delayCount = 0;
        packets = 0;
        bytes = 0;
        sequenceGaps = 0;
        missingFrames = 0;
        frames = 0;
        captureMillis.clear();
    }

    int delayCount() {
        return delayCount;
    }

    /** The q-quantile (0..1) of the frame delays, in ms; NaN without samples. */
    double delayMs(double q) {
        if (delayCount == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(delays, delayCount);
        Arrays.sort(sorted);
        return sorted[Math.min(delayCount - 1, (int) Math.floor(q * delayCount))] / 1e6;
    }

    long[] delays() {
        return Arrays.copyOf(delays, delayCount);
    }
}
