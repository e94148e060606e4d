package org.ptzcam.rtsp.rtp.av1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * AV1 over RTP (AOM "RTP Payload Format for AV1" v1.0, §4): one temporal unit of low-overhead
 * OBUs in, packets of OBU elements out. Temporal delimiters and tile lists are dropped (§5),
 * {@code obu_has_size_field} is cleared (receivers re-add sizes from the element lengths), an OBU
 * that does not fit is fragmented across packets (Z/Y bits), and N marks the first packet of a
 * temporal unit that starts a coded video sequence (it carries a sequence header). Each packet
 * starts with the aggregation header {@code Z|Y|W(2)|N|000}; W is the element count when it is
 * 1..3 (the last element then has no length field), else 0 and every element has a LEB128 length.
 * Payloads are copied (OBU headers change), unlike the H.26x payloaders.
 */
public final class Av1Payloader implements RtpPayloader {

    static final int TEMPORAL_DELIMITER = 2;
    static final int SEQUENCE_HEADER = 1;
    static final int TILE_LIST = 8;

    private final int maxPayload;

    public Av1Payloader(int maxPayload) {
        if (maxPayload < 8) {
            throw new IllegalArgumentException("payload limit too small for AV1: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public Av1Payloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    /** One OBU without its size field: header byte(s) with has_size cleared, then the payload. */
    private record Element(byte[] header, ByteBuffer payload) {
        int size() {
            return header.length + payload.remaining();
        }

        void copy(int from, int n, ByteBuf out) {
            for (int i = from; i < Math.min(header.length, from + n); i++) {
                out.writeByte(header[i]);
            }
            int p = Math.max(0, from - header.length);
            int end = from + n - header.length;
            if (end > p) {
                ByteBuffer b = payload.duplicate();
                b.position(b.position() + p).limit(b.position() + end - p);
                out.writeBytes(b);
            }
        }
    }

    /** A piece of an element placed in a packet. */
    private record Piece(Element element, int from, int length) {
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        List<Element> elements = elements(unit);
        boolean startsSequence = elements.stream().anyMatch(e -> type(e.header[0]) == SEQUENCE_HEADER);
        List<ByteBuf> out = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        int used = 1; // aggregation header
        boolean z = false;
        for (Element e : elements) {
            int from = 0;
            while (from < e.size()) {
                int space = maxPayload - used;
                int left = e.size() - from;
                int n = Math.min(left, space - Leb128.size(Math.min(left, space)));
                if (n <= 0) {
                    out.add(packet(pieces, z, false, startsSequence && out.isEmpty()));
                    pieces.clear();
                    used = 1;
                    z = false;
                    continue;
                }
                pieces.add(new Piece(e, from, n));
                used += Leb128.size(n) + n;
                from += n;
                if (from < e.size()) { // the rest goes on in the next packet
                    out.add(packet(pieces, z, true, startsSequence && out.isEmpty()));
                    pieces.clear();
                    used = 1;
                    z = true;
                }
            }
        }
        if (!pieces.isEmpty()) {
            out.add(packet(pieces, z, false, startsSequence && out.isEmpty()));
        }
        return out;
    }

    private static ByteBuf packet(List<Piece> pieces, boolean z, boolean y, boolean n) {
        int w = pieces.size() <= 3 ? pieces.size() : 0;
        int size = 1;
        for (Piece p : pieces) {
            size += Leb128.size(p.length()) + p.length();
        }
        ByteBuf b = Unpooled.buffer(size);
        b.writeByte((z ? 0x80 : 0) | (y ? 0x40 : 0) | (w << 4) | (n ? 0x08 : 0));
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (w == 0 || i < pieces.size() - 1) {
                Leb128.write(b, p.length());
            }
            p.element().copy(p.from(), p.length(), b);
        }
        return b;
    }

    /** The OBUs to send, in order, without size fields; throws on a truncated bitstream. */
    private static List<Element> elements(ByteBuffer unit) {
        ByteBuf in = Unpooled.wrappedBuffer(unit.duplicate());
        List<Element> out = new ArrayList<>();
        while (in.isReadable()) {
            int header = in.readUnsignedByte();
            if ((header & 0x80) != 0) {
                throw new IllegalArgumentException("AV1 OBU forbidden bit set");
            }
            boolean extension = (header & 0x04) != 0;
            boolean hasSize = (header & 0x02) != 0;
            if (extension && !in.isReadable()) {
                throw new IllegalArgumentException("truncated AV1 OBU header");
            }
            byte[] h = extension ? new byte[] {(byte) (header & ~0x02), in.readByte()} : new byte[] {(byte) (header & ~0x02)};
            long size = hasSize ? Leb128.read(in) : in.readableBytes();
            if (size < 0 || size > in.readableBytes()) {
                throw new IllegalArgumentException("truncated AV1 OBU");
            }
            int start = in.readerIndex();
            in.skipBytes((int) size);
            int type = type(h[0]);
            if (type != TEMPORAL_DELIMITER && type != TILE_LIST) {
                ByteBuffer payload = unit.duplicate();
                payload.position(unit.position() + start).limit(unit.position() + start + (int) size);
                out.add(new Element(h, payload.slice()));
            }
        }
        return out;
    }

    static int type(byte header) {
        return (header >> 3) & 0x0f;
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
