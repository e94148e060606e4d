package org.ptzcam.codec.video;

/**
 * Speed/efficiency trade-off of the software encoders, always with zero-latency tuning.
 * Camera-wide rather than per viewer, but part of the config so encoders stay comparable.
 */
public enum EncoderPreset {
    /** x264/x265 {@code ultrafast}, SVT-AV1 preset 11: the cheapest live encoding. */
    ULTRAFAST("ultrafast", 11),
    /** x264/x265 {@code veryfast}, SVT-AV1 preset 10: better compression for about twice the CPU. */
    VERYFAST("veryfast", 10);

    private final String x26xName;
    private final int svtPreset;

    EncoderPreset(String x26xName, int svtPreset) {
        this.x26xName = x26xName;
        this.svtPreset = svtPreset;
    }

    /** The x264/x265 preset name. */
    public String x26xName() {
        return x26xName;
    }

    /** The SVT-AV1 preset number (0 slowest .. 13 fastest). */
    public int svtPreset() {
        return svtPreset;
    }
}
