package org.ptzcam.codec;

/**
 * A compressed media format produced by this module: a {@link VideoCodec} or an {@link AudioCodec}.
 * Carried by every {@link EncodedPacket} so consumers (RTP payloaders, muxers) can dispatch on it.
 */
public sealed interface Codec permits VideoCodec, AudioCodec {

    /** The enum constant name, e.g. {@code H264}. */
    String name();

    /** True for video codecs. */
    default boolean isVideo() {
        return this instanceof VideoCodec;
    }
}
