package org.ptzcam.rtsp.rtp;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Cuts one access unit into RTP payloads of one payload format. The packets of a unit share its
 * timestamp; the last one gets the marker bit ({@link RtpStream} does both).
 */
public interface RtpPayloader {

    /** Default largest RTP payload: fits a 1500-byte Ethernet MTU with IP, UDP and RTP headers. */
    int DEFAULT_MAX_PAYLOAD = 1400;

    /**
     * The payloads for one access unit, in order. They may share memory with {@code unit} (no
     * copy), so {@code unit} must stay valid until they are written; the caller releases them.
     *
     * @throws IllegalArgumentException if the unit cannot be carried in this format
     */
    List<ByteBuf> payload(ByteBuffer unit);

    /**
     * Whether the last packet of each unit carries the marker bit (video: end of frame; AAC: end of
     * an AU). Formats where the marker means "first packet of a talkspurt" (PCMU, Opus: RFC 3551
     * §4.1) say false; {@link RtpStream} then marks only the stream's first packet.
     */
    default boolean markerEndsUnit() {
        return true;
    }

    /**
     * Equal for payloaders that cut every unit into the same payloads, so that sessions may share
     * them ({@link SharedPayloads}). Payloaders are stateless, so their class and settings decide.
     */
    default Object sharingKey() {
        return getClass();
    }
}
