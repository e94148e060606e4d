package org.ptzcam.rtsp.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The RTP payloads of one access unit, cut once and shared by every session of the stream: all
 * payload bytes lie back to back in one direct buffer, so a session's packet is its own 12- or
 * 16-byte header plus a retained slice of this buffer, and the socket writes both with one
 * gathering write — no per-session packetization and no heap-to-direct copy at write. Only the
 * per-session RTP header differs (SSRC, sequence number, timestamp offset).
 *
 * <p>Reference counted through its buffer: {@link #close()} drops the creator's reference; slices
 * handed out keep the bytes alive until their writes complete.
 */
public final class SharedPayloads implements AutoCloseable {

    private final ByteBuf data;
    private final int[] ends;

    private SharedPayloads(ByteBuf data, int[] ends) {
        this.data = data;
        this.ends = ends;
    }

    /**
     * Cuts {@code unit} with {@code payloader} and copies the payloads into one direct buffer.
     *
     * @throws IllegalArgumentException if the unit cannot be carried in the payloader's format
     */
    public static SharedPayloads of(RtpPayloader payloader, ByteBuffer unit, ByteBufAllocator alloc) {
        List<ByteBuf> payloads = payloader.payload(unit);
        int total = 0;
        for (ByteBuf p : payloads) {
            total += p.readableBytes();
        }
        ByteBuf data = alloc.directBuffer(Math.max(total, 1), Math.max(total, 1));
        int[] ends = new int[payloads.size()];
        try {
            for (int i = 0; i < payloads.size(); i++) {
                ByteBuf p = payloads.get(i);
                data.writeBytes(p, p.readerIndex(), p.readableBytes());
                ends[i] = data.writerIndex();
            }
        } finally {
            payloads.forEach(ByteBuf::release);
        }
        return new SharedPayloads(data, ends);
    }

    /** How many packets the unit takes. */
    public int count() {
        return ends.length;
    }

    /** Packet {@code i}'s payload as a retained slice: the caller owns one reference. */
    public ByteBuf payload(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        return data.retainedSlice(start, ends[i] - start);
    }

    /** Payload bytes of packet {@code i}. */
    public int length(int i) {
        return ends[i] - (i == 0 ? 0 : ends[i - 1]);
    }

    @Override
    public void close() {
        data.release();
    }
}
