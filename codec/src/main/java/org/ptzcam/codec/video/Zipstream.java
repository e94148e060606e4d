package org.ptzcam.codec.video;

import java.util.List;

/**
 * Axis Zipstream for one stream (camera manual: "Reduce bandwidth and storage"). Part of
 * {@link VideoEncoderConfig}, so streams with different Zipstream settings get different encoders.
 * Ignored by MJPEG.
 *
 * @param strength     0 (off), 10 low, 20 medium, 30 high, 40 higher, 50 extreme: the quantizer
 *                     offset given to macroblocks that have not changed lately ({@link #staticQpOffset})
 * @param dynamicGop   key frames at the configured GOP length only while something moves; while the
 *                     scene is static the GOP grows up to {@code maxGopLength}
 * @param maxGopLength upper limit of a dynamic GOP, 1..{@value #MAX_GOP}
 * @param dynamicFps   while the scene is static, frames are skipped down to {@code minFps}
 * @param minFps       lowest frame rate of a static scene, 1..60
 * @param storage      "optimize for storage": H.264 and H.265 encoders put B-frames between reference
 *                     frames ({@link VideoEncoderConfig#bFrames()}); the RTSP side drops the flag for
 *                     consumers that do not take B-frames (the web client)
 */
public record Zipstream(int strength, boolean dynamicGop, int maxGopLength, boolean dynamicFps, int minFps,
                        boolean storage) {

    /** Valid strengths, Axis values: off, low, medium, high, higher, extreme. */
    public static final List<Integer> STRENGTHS = List.of(0, 10, 20, 30, 40, 50);
    /** Names of {@link #STRENGTHS} in the same order. */
    public static final List<String> STRENGTH_NAMES = List.of("off", "low", "medium", "high", "higher", "extreme");
    /** Largest dynamic GOP (Axis: 1023). */
    public static final int MAX_GOP = 1023;
    /** Zipstream off: the encoder behaves exactly as without it. */
    public static final Zipstream OFF = new Zipstream(0, false, MAX_GOP, false, 1, false);

    public Zipstream {
        if (!STRENGTHS.contains(strength)) {
            throw new IllegalArgumentException("Zipstream strength must be one of " + STRENGTHS + ": " + strength);
        }
        if (maxGopLength < 1 || maxGopLength > MAX_GOP) {
            throw new IllegalArgumentException("Zipstream max GOP length must be 1.." + MAX_GOP + ": " + maxGopLength);
        }
        if (minFps < 1 || minFps > 60) {
            throw new IllegalArgumentException("Zipstream min fps must be 1..60: " + minFps);
        }
    }

    /** Only a strength, fixed GOP and fps. */
    public static Zipstream ofStrength(int strength) {
        return new Zipstream(strength, false, MAX_GOP, false, 1, false);
    }

    public Zipstream withDynamicGop(int maxGop) {
        return new Zipstream(strength, true, maxGop, dynamicFps, minFps, storage);
    }

    public Zipstream withDynamicFps(int lowestFps) {
        return new Zipstream(strength, dynamicGop, maxGopLength, true, lowestFps, storage);
    }

    public Zipstream withStorage(boolean on) {
        return new Zipstream(strength, dynamicGop, maxGopLength, dynamicFps, minFps, on);
    }

    /** True when any part changes what the encoder does. */
    public boolean active() {
        return strength > 0 || dynamicGop || dynamicFps;
    }

    /**
     * QP added to static macroblocks on top of the rate control's drift ({@link StaticBlockQp}): 3 per
     * level, low +3 … extreme +15. Every +6 halves the bits of a block; static blocks are mostly
     * skipped in P-frames, so this mainly shrinks key frames and keeps P-frames from refining the
     * background around moving objects, where detail does not change.
     */
    public int staticQpOffset() {
        return strength * 3 / 10;
    }
}
