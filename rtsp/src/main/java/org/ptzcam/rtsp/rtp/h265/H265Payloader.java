package org.ptzcam.rtsp.rtp.h265;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.NalUnits;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * H.265 over RTP, RFC 7798 without DONL (sprop-max-don-diff absent): single NAL unit packets
 * (§4.4.1) and fragmentation units (§4.4.3, type 49). Aggregation packets are not produced.
 */
public final class H265Payloader implements RtpPayloader {

    static final int AP = 48;
    static final int FU = 49;

    private final int maxPayload;

    public H265Payloader(int maxPayload) {
        if (maxPayload < 4) {
            throw new IllegalArgumentException("max payload too small: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public H265Payloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        List<ByteBuf> out = new ArrayList<>();
        for (ByteBuffer nal : NalUnits.split(unit)) {
            if (nal.remaining() < 2) {
                continue; // not a NAL unit: no two-byte header
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
        int b0 = nal.get(0) & 0xff;
        int b1 = nal.get(1) & 0xff;
        int type = (b0 >> 1) & 0x3f;
        int chunk = maxPayload - 3;
        for (int pos = 2; pos < nal.remaining(); pos += chunk) {
            int len = Math.min(chunk, nal.remaining() - pos);
            boolean first = pos == 2;
            boolean last = pos + len == nal.remaining();
            ByteBuf fu = Unpooled.buffer(3, 3);
            fu.writeByte((b0 & 0x81) | (FU << 1));
            fu.writeByte(b1);
            fu.writeByte((first ? 0x80 : 0) | (last ? 0x40 : 0) | type);
            out.add(Unpooled.wrappedBuffer(fu, Unpooled.wrappedBuffer(nal.slice(pos, len))));
        }
    }
}
