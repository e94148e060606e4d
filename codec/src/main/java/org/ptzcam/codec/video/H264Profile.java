package org.ptzcam.codec.video;

import java.util.Locale;

/**
 * The H.264 profile a stream is coded in ({@code h264profile=} of media.amp). x264's own
 * {@code profile} option is only a ceiling, and the cheap presets stay under any ceiling (ultrafast
 * codes Constrained Baseline whatever it is told), so each profile also switches on the coding
 * tool that defines it: CABAC for Main, CABAC and the 8×8 transform for High. A decoder then sees
 * the profile that was asked for, and the stream gets that profile's compression.
 */
public enum H264Profile {
    /** Constrained Baseline: CAVLC, 4×4 transform only; the cheapest to encode and decode. */
    BASELINE(""),
    /** Main: CABAC entropy coding (about 10 % fewer bits, about 40 % more encoder CPU at ultrafast). */
    MAIN(":cabac=1"),
    /** High: CABAC and the adaptive 8×8 transform. */
    HIGH(":cabac=1:8x8dct=1");

    private final String x264Tools;

    H264Profile(String x264Tools) {
        this.x264Tools = x264Tools;
    }

    /** The {@code h264profile=} spelling, also x264's {@code profile} name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The x264-params that switch on the profile's defining tools (empty for baseline). */
    String x264Tools() {
        return x264Tools;
    }

    /** {@code baseline}, {@code main} or {@code high}, any case; {@link IllegalArgumentException} otherwise. */
    public static H264Profile parse(String value) {
        for (H264Profile p : values()) {
            if (p.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("h264profile '" + value + "' is not supported; valid: baseline,main,high");
    }
}
