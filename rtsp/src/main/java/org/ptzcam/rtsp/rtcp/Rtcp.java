package org.ptzcam.rtsp.rtcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtcp.RtcpPacket.Bye;
import org.ptzcam.rtsp.rtcp.RtcpPacket.Other;
import org.ptzcam.rtsp.rtcp.RtcpPacket.ReceiverReport;
import org.ptzcam.rtsp.rtcp.RtcpPacket.ReportBlock;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SdesChunk;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SenderReport;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SourceDescription;

/**
 * Encodes and decodes RTCP compound packets (RFC 3550 §6). Decoding applies the validity checks
 * of RFC 3550 Appendix A.2: version 2 everywhere, the first packet an SR or RR without padding,
 * padding only in the last packet, and the packet lengths adding up to the datagram/frame length.
 * Nothing here throws anything but {@link MalformedRtcp} on bad input.
 */
public final class Rtcp {

    /** SDES item type of the canonical name. */
    public static final int CNAME = 1;
    private static final int MAX_COUNT = 31;

    private Rtcp() {
    }

    // ---------------------------------------------------------------- encode

    /** One buffer holding the packets in order (a compound packet when more than one). */
    public static ByteBuf encode(List<? extends RtcpPacket> packets) {
        ByteBuf out = Unpooled.buffer();
        for (RtcpPacket p : packets) {
            encode(p, out);
        }
        return out;
    }

    /** Appends one packet to {@code out}. */
    public static void encode(RtcpPacket packet, ByteBuf out) {
        int start = out.writerIndex();
        switch (packet) {
            case SenderReport sr -> {
                header(out, sr.reports().size(), RtcpPacket.SR);
                out.writeInt((int) sr.ssrc());
                out.writeLong(sr.ntp());
                out.writeInt((int) sr.rtpTime());
                out.writeInt((int) sr.packets());
                out.writeInt((int) sr.octets());
                sr.reports().forEach(b -> block(out, b));
            }
            case ReceiverReport rr -> {
                header(out, rr.reports().size(), RtcpPacket.RR);
                out.writeInt((int) rr.ssrc());
                rr.reports().forEach(b -> block(out, b));
            }
            case SourceDescription sdes -> {
                header(out, sdes.chunks().size(), RtcpPacket.SDES);
                for (SdesChunk c : sdes.chunks()) {
                    int chunkStart = out.writerIndex();
                    out.writeInt((int) c.ssrc());
                    if (c.cname() != null) {
                        byte[] text = c.cname().getBytes(StandardCharsets.UTF_8);
                        if (text.length > 255) {
                            throw new IllegalArgumentException("CNAME longer than 255 bytes");
                        }
                        out.writeByte(CNAME).writeByte(text.length).writeBytes(text);
                    }
                    // end of items: at least one null octet, then up to the next 32-bit boundary
                    do {
                        out.writeByte(0);
                    } while ((out.writerIndex() - chunkStart) % 4 != 0);
                }
            }
            case Bye bye -> {
                header(out, bye.ssrcs().size(), RtcpPacket.BYE);
                bye.ssrcs().forEach(s -> out.writeInt((int) (long) s));
                if (!bye.reason().isEmpty()) {
                    byte[] text = bye.reason().getBytes(StandardCharsets.UTF_8);
                    if (text.length > 255) {
                        throw new IllegalArgumentException("BYE reason longer than 255 bytes");
                    }
                    out.writeByte(text.length).writeBytes(text);
                    while ((out.writerIndex() - start) % 4 != 0) {
                        out.writeByte(0);
                    }
                }
            }
            case Other o -> throw new IllegalArgumentException("cannot encode RTCP packet type " + o.type());
        }
        int words = (out.writerIndex() - start) / 4 - 1;
        out.setShort(start + 2, words);
    }

    private static void header(ByteBuf out, int count, int type) {
        if (count > MAX_COUNT) {
            throw new IllegalArgumentException("at most 31 items per RTCP packet: " + count);
        }
        out.writeByte(0x80 | count).writeByte(type).writeShort(0);
    }

    private static void block(ByteBuf out, ReportBlock b) {
        out.writeInt((int) b.ssrc());
        out.writeInt(((b.fractionLost() & 0xff) << 24) | (b.cumulativeLost() & 0xff_ffff));
        out.writeInt((int) b.highestSequence());
        out.writeInt((int) b.jitter());
        out.writeInt((int) b.lastSr());
        out.writeInt((int) b.delaySinceLastSr());
    }

    // ---------------------------------------------------------------- decode

    /** The packets of a compound packet; the buffer's indexes are not changed. */
    public static List<RtcpPacket> decode(ByteBuf buf) throws MalformedRtcp {
        int pos = buf.readerIndex();
        int end = buf.writerIndex();
        if (end - pos < 4) {
            throw new MalformedRtcp("shorter than an RTCP header: " + (end - pos) + " bytes");
        }
        List<RtcpPacket> out = new ArrayList<>();
        while (pos < end) {
            if (end - pos < 4) {
                throw new MalformedRtcp("trailing " + (end - pos) + " bytes after the last packet");
            }
            int b0 = buf.getUnsignedByte(pos);
            int type = buf.getUnsignedByte(pos + 1);
            int length = 4 * (buf.getUnsignedShort(pos + 2) + 1);
            if (b0 >> 6 != 2) {
                throw new MalformedRtcp("RTCP version " + (b0 >> 6) + ", expected 2");
            }
            if (out.isEmpty() && type != RtcpPacket.SR && type != RtcpPacket.RR) {
                throw new MalformedRtcp("compound packet starts with type " + type + ", not SR or RR");
            }
            if (length > end - pos) {
                throw new MalformedRtcp("packet of type " + type + " claims " + length + " bytes, " + (end - pos)
                        + " left");
            }
            int bodyEnd = pos + length;
            if ((b0 & 0x20) != 0) {
                if (bodyEnd != end) {
                    throw new MalformedRtcp("padding in a packet that is not the last");
                }
                if (out.isEmpty()) {
                    throw new MalformedRtcp("padding in the first packet");
                }
                int pad = buf.getUnsignedByte(bodyEnd - 1);
                if (pad == 0 || pad > length - 4) {
                    throw new MalformedRtcp("padding count " + pad + " does not fit the packet");
                }
                bodyEnd -= pad;
            }
            int count = b0 & 0x1f;
            out.add(packet(buf, type, count, pos + 4, bodyEnd, length));
            pos += length;
        }
        return out;
    }

    private static RtcpPacket packet(ByteBuf buf, int type, int count, int pos, int end, int length)
            throws MalformedRtcp {
        switch (type) {
            case RtcpPacket.SR -> {
                need(end - pos, 24 + 24 * count, "SR");
                long ssrc = buf.getUnsignedInt(pos);
                long ntp = buf.getLong(pos + 4);
                long rtp = buf.getUnsignedInt(pos + 12);
                long packets = buf.getUnsignedInt(pos + 16);
                long octets = buf.getUnsignedInt(pos + 20);
                return new SenderReport(ssrc, ntp, rtp, packets, octets, blocks(buf, pos + 24, count));
            }
            case RtcpPacket.RR -> {
                need(end - pos, 4 + 24 * count, "RR");
                return new ReceiverReport(buf.getUnsignedInt(pos), blocks(buf, pos + 4, count));
            }
            case RtcpPacket.SDES -> {
                return sdes(buf, count, pos, end);
            }
            case RtcpPacket.BYE -> {
                need(end - pos, 4 * count, "BYE");
                List<Long> ssrcs = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    ssrcs.add(buf.getUnsignedInt(pos + 4 * i));
                }
                int r = pos + 4 * count;
                String reason = "";
                if (r < end) {
                    int len = buf.getUnsignedByte(r);
                    if (r + 1 + len > end) {
                        throw new MalformedRtcp("BYE reason of " + len + " bytes overruns the packet");
                    }
                    reason = text(buf, r + 1, len);
                }
                return new Bye(ssrcs, reason);
            }
            default -> {
                return new Other(type, count, length);
            }
        }
    }

    private static SourceDescription sdes(ByteBuf buf, int count, int pos, int end) throws MalformedRtcp {
        List<SdesChunk> chunks = new ArrayList<>(count);
        int p = pos;
        for (int i = 0; i < count; i++) {
            int chunkStart = p;
            need(end - p, 4, "SDES chunk");
            long ssrc = buf.getUnsignedInt(p);
            p += 4;
            String cname = null;
            while (true) {
                if (p >= end) {
                    throw new MalformedRtcp("SDES chunk without end of items");
                }
                int item = buf.getUnsignedByte(p);
                if (item == 0) {
                    p++;
                    break;
                }
                if (p + 2 > end || p + 2 + buf.getUnsignedByte(p + 1) > end) {
                    throw new MalformedRtcp("SDES item " + item + " overruns the packet");
                }
                int len = buf.getUnsignedByte(p + 1);
                if (item == CNAME && cname == null) {
                    cname = text(buf, p + 2, len);
                }
                p += 2 + len;
            }
            while ((p - chunkStart) % 4 != 0) {
                p++;
            }
            if (p > end) {
                throw new MalformedRtcp("SDES chunk padding overruns the packet");
            }
            chunks.add(new SdesChunk(ssrc, cname));
        }
        return new SourceDescription(chunks);
    }

    private static List<ReportBlock> blocks(ByteBuf buf, int pos, int count) {
        List<ReportBlock> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int b = pos + 24 * i;
            int lost = buf.getInt(b + 4);
            out.add(new ReportBlock(buf.getUnsignedInt(b), lost >>> 24, (lost << 8) >> 8, buf.getUnsignedInt(b + 8),
                    buf.getUnsignedInt(b + 12), buf.getUnsignedInt(b + 16), buf.getUnsignedInt(b + 20)));
        }
        return out;
    }

    /**
     * RTCP text (UTF-8, RFC 3550 §6.5) with each malformed byte sequence read as one '?': the
     * usual U+FFFD takes three bytes in UTF-8, so a 255-byte item of bad bytes would decode to text
     * that no longer fits its length octet when encoded again (found by the fuzzer).
     */
    private static String text(ByteBuf buf, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(buf.nioBuffer(from, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    private static void need(int have, int need, String what) throws MalformedRtcp {
        if (have < need) {
            throw new MalformedRtcp(what + " needs " + need + " bytes, has " + have);
        }
    }
}
