package org.ptzcam.rtsp.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What H.264 (RFC 6184) and H.265 (RFC 7798) share: each NAL unit that fits goes out as a single
 * NAL unit packet, a larger one as fragmentation units whose payload points into the access unit
 * (no copy). Subclasses say how long the NAL header is and write the FU header bytes.
 */
public abstract class NalFragmenter implements RtpPayloader {

    private final int maxPayload;
    private final int nalHeaderBytes;

    /** @param nalHeaderBytes 1 for H.264, 2 for H.265; an FU header is one byte longer */
    protected NalFragmenter(int maxPayload, int nalHeaderBytes) {
        if (maxPayload < nalHeaderBytes + 2) {
            throw new IllegalArgumentException("max payload too small: " + maxPayload);
        }
        this.maxPayload = maxPayload;
        this.nalHeaderBytes = nalHeaderBytes;
    }

    /** The FU indicator/header bytes ({@code nalHeaderBytes + 1} of them) for one fragment. */
    protected abstract void writeFuHeader(ByteBuffer nal, boolean first, boolean last, ByteBuf out);

    @Override
    public final List<ByteBuf> payload(ByteBuffer unit) {
        List<ByteBuf> out = new ArrayList<>();
        for (ByteBuffer nal : NalUnits.split(unit)) {
            if (nal.remaining() < nalHeaderBytes) {
                continue; // not a NAL unit: no complete header
            }
            if (nal.remaining() <= maxPayload) {
                out.add(Unpooled.wrappedBuffer(nal));
            } else {
                fragment(nal, out);
            }
        }
        return out;
    }

    private void fragment(ByteBuffer nal, List<ByteBuf> out) {
        int fuBytes = nalHeaderBytes + 1;
        int chunk = maxPayload - fuBytes;
        for (int pos = nalHeaderBytes; pos < nal.remaining(); pos += chunk) {
            int len = Math.min(chunk, nal.remaining() - pos);
            ByteBuf fu = Unpooled.buffer(fuBytes, fuBytes);
            writeFuHeader(nal, pos == nalHeaderBytes, pos + len == nal.remaining(), fu);
            out.add(Unpooled.wrappedBuffer(fu, Unpooled.wrappedBuffer(nal.slice(pos, len))));
        }
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
