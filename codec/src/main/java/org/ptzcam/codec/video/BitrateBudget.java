package org.ptzcam.codec.video;

/**
 * Leaky bucket for MBR with quality priority: frames are admitted while the bits sent in the last
 * window stay under the target; otherwise the frame is dropped, keeping quality and losing frame
 * rate, as the Axis manual describes. The bucket drains at the target rate by presentation time.
 */
final class BitrateBudget {

    private final double bitsPerTick;
    private final double capacityBits;
    private double levelBits;
    private double lastFrameBits;
    private long lastPts = Long.MIN_VALUE;

    /**
     * @param targetKbps    the maximum bitrate
     * @param windowSeconds how long a burst may exceed the rate (bucket size in seconds of target)
     */
    BitrateBudget(int targetKbps, double windowSeconds) {
        this.bitsPerTick = targetKbps * 1000.0 / 90_000.0;
        this.capacityBits = targetKbps * 1000.0 * windowSeconds;
    }

    /**
     * True if a frame at {@code pts90k} may be encoded: the bucket, drained up to that time, has
     * room for a frame as large as the last one (so the level rarely passes the capacity).
     */
    boolean admit(long pts90k) {
        if (lastPts != Long.MIN_VALUE && pts90k > lastPts) {
            levelBits = Math.max(0, levelBits - (pts90k - lastPts) * bitsPerTick);
        }
        lastPts = Math.max(lastPts, pts90k);
        return levelBits + lastFrameBits <= capacityBits || levelBits == 0;
    }

    /** Accounts an encoded frame of {@code bytes}. */
    void spend(int bytes) {
        lastFrameBits = bytes * 8.0;
        levelBits += lastFrameBits;
    }
}
