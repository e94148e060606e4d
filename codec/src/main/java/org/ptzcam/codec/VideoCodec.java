package org.ptzcam.codec;

/** Video codecs the camera offers. Packet timestamps use the 90 kHz RTP video clock. */
public enum VideoCodec implements Codec {
    /** Motion JPEG: every packet is one complete baseline JPEG (JFIF, full-range 4:2:0). */
    MJPEG,
    /** H.264/AVC through x264, Annex-B byte stream. */
    H264,
    /** H.265/HEVC through x265, Annex-B byte stream. */
    H265,
    /** AV1 through SVT-AV1, low-overhead OBU stream (one temporal unit per packet). */
    AV1;

    /** The RTP clock rate of every video codec. */
    public static final int CLOCK_RATE = 90_000;
}
