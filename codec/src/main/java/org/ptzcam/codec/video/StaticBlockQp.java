package org.ptzcam.codec.video;

/**
 * The quantizer offset Zipstream gives static blocks, frame by frame: the strength's own offset
 * ({@link Zipstream#staticQpOffset()}) plus the drift of the encoder's rate control while the scene
 * stands still. Pure logic, fed with the frame QP the encoder reports for each packet.
 *
 * <p>Why the drift part: with constant quality (CRF, {@code qcomp} 0.6) x264 and x265 lower the frame
 * QP as a frame's complexity falls, and the P-frames of a still picture cost next to nothing, so within
 * a second of stillness the P-frame QP falls by about 7 (measured: 20 → 13 at CRF 23), and the key
 * frames, whose QP follows the decayed average of the P-frames' ("I and B frames use the average QP of
 * the P frames", x264 and x265 rate control), come out better than the moving scene ever was (key
 * frames 125 instead of 100 KB, luma PSNR 50 instead of 45 dB). That spends the most bits exactly
 * where nothing changes. Zipstream adds the drift back onto static blocks, so they keep the quality the
 * scene had while it moved, minus the strength:
 * <ul>
 *   <li>reference = the P-frame QP while something changed, smoothed over about a second
 *       ({@value #SMOOTHING} per frame); before any, the CRF;</li>
 *   <li>P-frame drift = reference − the last P-frame's QP;</li>
 *   <li>key-frame drift = reference − the decayed average of the P-frame QPs (weight
 *       {@value #P_AVERAGE_DECAY} per frame, as the encoders keep it);</li>
 *   <li>never negative, at most {@value #MAX_DRIFT}.</li>
 * </ul>
 * Blocks that move are never touched, so they get the encoder's own choice.
 *
 * <p>Not thread-safe: owned by the encoder thread.
 */
final class StaticBlockQp {

    /** Weight of a new P-frame QP in the reference (about 20 frames of memory). */
    static final double SMOOTHING = 0.05;
    /** Decay of the encoders' running P-frame QP average that their key-frame QP follows. */
    static final double P_AVERAGE_DECAY = 0.95;
    /** Largest drift added: a still scene never goes further than this below the moving one. */
    static final int MAX_DRIFT = 24;

    private final int strengthOffset;
    private double reference;
    private double lastP = -1;
    private double pSum;
    private double pWeight;

    /**
     * @param strengthOffset   the strength's offset; 0 turns the whole thing off
     * @param initialReference the P-frame QP to hold static blocks at before the scene was seen moving
     *                         (the CRF), or -1 for none
     */
    StaticBlockQp(int strengthOffset, double initialReference) {
        this.strengthOffset = strengthOffset;
        this.reference = initialReference;
    }

    /** The QP offset for the static blocks of the next frame, a key frame or not. */
    int offset(boolean keyframe) {
        if (strengthOffset == 0) {
            return 0;
        }
        return strengthOffset + drift(keyframe);
    }

    /** How far the frame QP of the next frame is expected below the moving scene's, 0..{@value #MAX_DRIFT}. */
    int drift(boolean keyframe) {
        if (reference < 0 || lastP < 0) {
            return 0;
        }
        double average = pSum / pWeight;
        // a P-frame's QP may jump back up for one frame (x265 does, on a still picture); the running
        // average keeps the static blocks from being refined at that frame's QP
        double expected = keyframe ? average : Math.min(lastP, average);
        return (int) Math.max(0, Math.min(MAX_DRIFT, Math.round(reference - expected)));
    }

    /**
     * Takes the next packet's frame QP into account.
     *
     * @param pFrame       only P-frames count: a key frame's QP follows the P-frames' by design, a
     *                     B-frame's sits a fixed step above them
     * @param qp           the frame QP without our offsets, or negative when unknown
     * @param sceneChanged whether any block of the frame's picture changed (the reference follows only
     *                     such frames)
     */
    void encoded(boolean pFrame, double qp, boolean sceneChanged) {
        if (!pFrame || qp < 0) {
            return;
        }
        lastP = qp;
        pSum = pSum * P_AVERAGE_DECAY + qp;
        pWeight = pWeight * P_AVERAGE_DECAY + 1;
        if (sceneChanged) {
            reference = reference < 0 ? qp : reference + SMOOTHING * (qp - reference);
        }
    }
}
