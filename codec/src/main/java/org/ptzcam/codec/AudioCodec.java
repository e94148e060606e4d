package org.ptzcam.codec;

/** Audio codecs the camera offers. */
public enum AudioCodec implements Codec {
    /** Opus (RFC 6716) through libopus; RTP clock always 48 kHz (RFC 7587). */
    OPUS,
    /** MPEG-4 AAC Low Complexity through FFmpeg's native encoder; raw access units, no ADTS. */
    AAC_LC,
    /** G.711 µ-law; 8 kHz mono, one byte per sample. */
    PCMU
}
