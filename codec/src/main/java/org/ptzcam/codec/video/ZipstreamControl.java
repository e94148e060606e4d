package org.ptzcam.codec.video;

/**
 * Per-frame Zipstream decisions from the {@link MotionMap}: skip the frame (dynamic FPS) and force
 * a key frame (dynamic GOP). Pure logic, no native calls, so the rules are testable on their own.
 *
 * <ul>
 *   <li>Dynamic FPS: a frame in which no block changed is skipped unless {@code 1/minFps} has passed
 *       since the last encoded one (half a nominal frame of tolerance), so a static scene is sent at
 *       {@code minFps} and the first changed frame is encoded at once.</li>
 *   <li>Dynamic GOP: the encoder's own key-frame interval is the upper limit; while blocks are active
 *       a key frame is forced every configured GOP length, so a busy scene keeps its usual GOP, a
 *       static one stretches it, and motion after a long static period starts with a fresh key frame.</li>
 * </ul>
 */
final class ZipstreamControl {

    /** What to do with one frame. */
    record Decision(boolean encode, boolean forceKey) {
    }

    private final Zipstream z;
    private final int gopLength;
    private final long minIntervalTicks;
    private long lastEncodedPts = Long.MIN_VALUE;

    /**
     * @param nominalFrameTicks one frame period of the nominal rate in 90 kHz ticks
     */
    ZipstreamControl(Zipstream z, int gopLength, long nominalFrameTicks) {
        this.z = z;
        this.gopLength = gopLength;
        this.minIntervalTicks = Math.max(0, 90_000L / z.minFps() - nominalFrameTicks / 2);
    }

    /**
     * @param pts           this frame's timestamp, 90 kHz
     * @param changedBlocks blocks changed against the previous picture
     * @param activeBlocks  blocks active lately (hangover)
     * @param sinceKey      frames encoded since the last key frame, counting it; 0 before the first
     * @param keyRequested  a key frame was asked for (a viewer joined)
     */
    Decision decide(long pts, int changedBlocks, int activeBlocks, int sinceKey, boolean keyRequested) {
        boolean skip = z.dynamicFps() && changedBlocks == 0 && !keyRequested && sinceKey > 0
                && lastEncodedPts != Long.MIN_VALUE && pts - lastEncodedPts < minIntervalTicks;
        if (skip) {
            return new Decision(false, false);
        }
        lastEncodedPts = pts;
        boolean force = z.dynamicGop() && activeBlocks > 0 && sinceKey >= gopLength;
        return new Decision(true, force);
    }
}
