package org.ptzcam.codec.video;

/**
 * The quantizer offset Zipstream gives static blocks, frame by frame: the strength's own offset
 * ({@link Zipstream#staticQpOffset()}) plus whatever it takes to keep static blocks from being coded
 * finer than the moving scene was. Pure logic, fed with the frame QP the encoder reports for each
 * packet (its rate control's, without our offsets) and the offset that frame was given.
 *
 * <p>Why more than the strength: with constant quality (CRF, {@code qcomp} 0.6) x264 and x265 lower
 * the frame QP as a frame's complexity falls, and the P-frames of a still picture cost next to nothing.
 * Within a second of stillness x264's P-frame QP falls by about 7 (20 → 13 at CRF 23) and its key
 * frames, whose QP follows the P-frames' average, by 6–9 (15 → 6): the still picture's key frames come
 * out better than the moving scene ever was (125 instead of 100 KB, luma PSNR 50 instead of 45 dB).
 * x265's P-frame QP falls to 0–7 while its key frames stay put, so its P-frames keep refining the
 * picture its key frame sent. Either way the most bits go exactly where nothing changes. In absolute
 * QP (frame QP + offset), with S the strength's offset:
 * <ul>
 *   <li>in a key frame a static block gets the key-frame QP of the moving scene + S: offset =
 *       S + (reference key QP − the expected key QP), expected = the last key frame's QP moved by as
 *       much as the P-frames' running average moved since (the encoders derive a key frame's QP from
 *       that average: "I and B frames use the average QP of the P frames", x264's rate control);</li>
 *   <li>in any other frame a static block gets no finer than the P-frame QP of the moving scene + S,
 *       nor finer than the static blocks of the last key frame (there is nothing new to add to them):
 *       offset = max(reference P QP + S, last key frame's static QP) − the expected P QP (the lower of
 *       the last one and their running average, which keeps a single P-frame whose QP jumps back up
 *       from refining the picture);</li>
 *   <li>the references follow only frames in which something changed: P-frames smoothed over about a
 *       second ({@value #P_SMOOTHING} per frame; before any, the CRF), key frames
 *       ({@value #KEY_SMOOTHING} per key frame);</li>
 *   <li>offsets stay within S … S + {@value #MAX_DRIFT}.</li>
 * </ul>
 * Blocks that move are never touched, so they get the encoder's own choice.
 *
 * <p>Not thread-safe: owned by the encoder thread.
 */
final class StaticBlockQp {

    /** What a packet was, for the QP bookkeeping. */
    enum Kind { KEY, P, OTHER }

    /** Weight of a new P-frame QP in the P reference (about 20 frames of memory). */
    static final double P_SMOOTHING = 0.05;
    /** Weight of a new key frame QP in the key reference (key frames are a GOP apart). */
    static final double KEY_SMOOTHING = 0.5;
    /** Decay of the running P-frame QP average. */
    static final double P_AVERAGE_DECAY = 0.95;
    /** Most QP added beyond the strength. */
    static final int MAX_DRIFT = 24;

    private final int strengthOffset;
    private double referenceP;
    private double lastP = Double.NaN;
    private double pSum;
    private double pWeight;
    private double referenceKey = Double.NaN;
    private double lastKey = Double.NaN;
    private double keyStaticQp = Double.NaN;
    private double pAverageAtLastKey = Double.NaN;

    /**
     * @param strengthOffset    the strength's offset; 0 turns the whole thing off
     * @param initialReferenceP the P-frame QP to hold static blocks at before the scene was seen moving
     *                          (the CRF), or -1 for none
     */
    StaticBlockQp(int strengthOffset, double initialReferenceP) {
        this.strengthOffset = strengthOffset;
        this.referenceP = initialReferenceP < 0 ? Double.NaN : initialReferenceP;
    }

    /** The QP offset for the static blocks of the next frame, a key frame or not. */
    int offset(boolean keyframe) {
        if (strengthOffset == 0) {
            return 0;
        }
        return strengthOffset + drift(keyframe);
    }

    /** What is added to the strength's offset for the next frame, 0..{@value #MAX_DRIFT}. */
    int drift(boolean keyframe) {
        if (keyframe) {
            if (Double.isNaN(referenceKey) || Double.isNaN(lastKey)) {
                return 0;
            }
            // key frames follow the P-frames' average: move the last one's QP as that average moved since
            double expected = lastKey + (pWeight > 0 && !Double.isNaN(pAverageAtLastKey) ? pSum / pWeight - pAverageAtLastKey : 0);
            return clamp(referenceKey - expected);
        }
        if (Double.isNaN(lastP)) {
            return 0;
        }
        double expected = Math.min(lastP, pSum / pWeight);
        double target = (Double.isNaN(referenceP) ? expected : referenceP) + strengthOffset;
        if (!Double.isNaN(keyStaticQp)) {
            target = Math.max(target, keyStaticQp);
        }
        return clamp(target - expected - strengthOffset);
    }

    private static int clamp(double drift) {
        return (int) Math.max(0, Math.min(MAX_DRIFT, Math.round(drift)));
    }

    /**
     * Takes the next packet's frame QP into account.
     *
     * @param kind         key frame, P-frame or other (a B-frame's QP sits a fixed step above the P-frames')
     * @param qp           the frame QP without our offsets (an estimate may fall below 0), NaN when unknown
     * @param sceneChanged whether any block of the frame's picture changed (references follow only such frames)
     * @param offset       the offset the frame's static blocks were given
     */
    void encoded(Kind kind, double qp, boolean sceneChanged, int offset) {
        if (Double.isNaN(qp)) {
            return;
        }
        switch (kind) {
            case KEY -> {
                lastKey = qp;
                pAverageAtLastKey = pWeight > 0 ? pSum / pWeight : Double.NaN;
                keyStaticQp = offset > 0 ? qp + offset : Double.NaN;
                if (sceneChanged) {
                    referenceKey = Double.isNaN(referenceKey) ? qp : referenceKey + KEY_SMOOTHING * (qp - referenceKey);
                }
            }
            case P -> {
                lastP = qp;
                pSum = pSum * P_AVERAGE_DECAY + qp;
                pWeight = pWeight * P_AVERAGE_DECAY + 1;
                if (sceneChanged) {
                    referenceP = Double.isNaN(referenceP) ? qp : referenceP + P_SMOOTHING * (qp - referenceP);
                }
            }
            case OTHER -> { }
        }
    }
}
