package org.ptzcam.rtsp.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

/**
 * One RTP packet (RFC 3550 §5.1) with a plain 12-byte header: version 2, no padding, no
 * extension, no CSRC. The payload is not copied; whoever holds the packet owns one reference.
 *
 * @param payloadType 0..127
 * @param marker      set on the last packet of a video frame
 * @param sequence    16-bit sequence number
 * @param timestamp   32-bit RTP timestamp
 * @param ssrc        32-bit synchronisation source
 * @param payload     the payload bytes
 */
public record RtpPacket(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, ByteBuf payload) {

    public static final int HEADER_SIZE = 12;

    /** Bytes of the interleaved prefix ({@code '$'}, channel, 16-bit length; RFC 2326 §10.12). */
    public static final int INTERLEAVED_PREFIX = 4;

    /**
     * Header plus payload as one buffer; takes over this packet's payload reference. The header is
     * direct memory, so with a direct payload the socket writes both without copying.
     */
    public ByteBuf encode() {
        ByteBuf header = ByteBufAllocator.DEFAULT.directBuffer(HEADER_SIZE, HEADER_SIZE);
        writeHeader(header);
        return Unpooled.wrappedBuffer(header, payload);
    }

    /**
     * The packet framed for an RTSP connection: {@code '$'}, channel, length and the RTP header in
     * one direct 16-byte buffer, then the payload. Takes over this packet's payload reference.
     */
    public ByteBuf encodeInterleaved(int channel) {
        ByteBuf header = ByteBufAllocator.DEFAULT.directBuffer(INTERLEAVED_PREFIX + HEADER_SIZE);
        header.writeByte('$').writeByte(channel).writeShort(HEADER_SIZE + payload.readableBytes());
        writeHeader(header);
        return Unpooled.wrappedBuffer(header, payload);
    }

    private void writeHeader(ByteBuf header) {
        header.writeByte(0x80);
        header.writeByte((marker ? 0x80 : 0) | (payloadType & 0x7f));
        header.writeShort(sequence & 0xffff);
        header.writeInt((int) timestamp);
        header.writeInt((int) ssrc);
    }

    /**
     * Reads a packet; padding, CSRCs and a header extension are skipped. The payload is a retained
     * slice of {@code packet}.
     *
     * @throws IllegalArgumentException if the bytes are not an RTP version 2 packet
     */
    public static RtpPacket parse(ByteBuf packet) {
        int start = packet.readerIndex();
        int length = packet.readableBytes();
        if (length < HEADER_SIZE || (packet.getUnsignedByte(start) >> 6) != 2) {
            throw new IllegalArgumentException("not an RTP v2 packet");
        }
        int b0 = packet.getUnsignedByte(start);
        int b1 = packet.getUnsignedByte(start + 1);
        int offset = HEADER_SIZE + 4 * (b0 & 0x0f);
        if ((b0 & 0x10) != 0) {
            if (length < offset + 4) {
                throw new IllegalArgumentException("truncated RTP header extension");
            }
            offset += 4 + 4 * packet.getUnsignedShort(start + offset + 2);
        }
        int end = length;
        if ((b0 & 0x20) != 0 && length > offset) {
            end -= packet.getUnsignedByte(start + length - 1);
        }
        if (end < offset) {
            throw new IllegalArgumentException("truncated RTP packet");
        }
        return new RtpPacket(b1 & 0x7f, (b1 & 0x80) != 0, packet.getUnsignedShort(start + 2),
                packet.getUnsignedInt(start + 4), packet.getUnsignedInt(start + 8),
                packet.retainedSlice(start + offset, end - offset));
    }
}
