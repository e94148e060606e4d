package org.ptzcam.codec.video;

import java.util.ArrayDeque;

/**
 * MBR with quality priority: frames are encoded at full quality and dropped instead, as the Axis
 * manual describes. Two checks by presentation time decide whether the next frame may be encoded:
 * a leaky bucket of one second of the target (the long-run average is the target), and the bits
 * of the last second, plus the largest of the last few frames, must stay within 120 % of the
 * target (the MBR promise for every one-second window). A frame can only be predicted, not known,
 * so a frame much larger than its predecessors can still push one window over.
 */
final class BitrateBudget {

    private static final long WINDOW_90K = 90_000;
    private static final double WINDOW_LIMIT = 1.2;
    private static final int SIZE_HISTORY = 3;

    private final double bitsPerTick;
    private final double capacityBits;
    private final double windowLimitBits;
    private final ArrayDeque<long[]> window = new ArrayDeque<>();
    private final ArrayDeque<Double> recentFrames = new ArrayDeque<>();
    private long windowBits;
    private double levelBits;
    private long lastPts = Long.MIN_VALUE;
    private long pendingPts;
    private double lastKeyBits;

    /**
     * @param targetKbps    the maximum bitrate
     * @param windowSeconds the bucket size in seconds of target (how far the average may lag)
     */
    BitrateBudget(int targetKbps, double windowSeconds) {
        this.bitsPerTick = targetKbps * 1000.0 / 90_000.0;
        this.capacityBits = targetKbps * 1000.0 * windowSeconds;
        this.windowLimitBits = targetKbps * 1000.0 * WINDOW_LIMIT;
    }

    /**
     * True if a frame at {@code pts90k} may be encoded.
     *
     * @param keyNext the frame will be a key frame: predicted from the last key frame, not from P-frames
     */
    boolean admit(long pts90k, boolean keyNext) {
        if (lastPts != Long.MIN_VALUE && pts90k > lastPts) {
            levelBits = Math.max(0, levelBits - (pts90k - lastPts) * bitsPerTick);
        }
        lastPts = Math.max(lastPts, pts90k);
        while (!window.isEmpty() && window.peekFirst()[0] <= pts90k - WINDOW_90K) {
            windowBits -= window.pollFirst()[1];
        }
        // no P-frame seen yet: the key frame is the only (and a pessimistic) guide
        double next = recentFrames.stream().mapToDouble(Double::doubleValue).max().orElse(lastKeyBits);
        if (keyNext) {
            next = Math.max(next, lastKeyBits);
        }
        boolean bucket = levelBits + next <= capacityBits || levelBits == 0;
        boolean burst = windowBits + next <= windowLimitBits || windowBits == 0;
        pendingPts = pts90k;
        return bucket && burst;
    }

    /** Accounts an encoded frame of {@code bytes} (the one last admitted). */
    void spend(int bytes, boolean key) {
        double bits = bytes * 8.0;
        levelBits += bits;
        window.addLast(new long[] {pendingPts, (long) bits});
        windowBits += (long) bits;
        if (key) {
            lastKeyBits = bits;   // key frames are predicted from each other, P-frames likewise
            return;
        }
        recentFrames.addLast(bits);
        if (recentFrames.size() > SIZE_HISTORY) {
            recentFrames.removeFirst();
        }
    }
}
