package org.ptzcam.rtsp.rtp.h264;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.NalUnits;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * H.264 over RTP, RFC 6184 packetization-mode 1: a NAL unit that fits is sent as a single NAL
 * unit packet (§5.6), a larger one as FU-A fragments (§5.8). Fragments point into the access unit
 * (no copy); only the two FU bytes of each fragment are new. STAP-A is not produced.
 */
public final class H264Payloader implements RtpPayloader {

    static final int STAP_A = 24;
    static final int FU_A = 28;

    private final int maxPayload;

    public H264Payloader(int maxPayload) {
        if (maxPayload < 3) {
            throw new IllegalArgumentException("max payload too small: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public H264Payloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        List<ByteBuf> out = new ArrayList<>();
        for (ByteBuffer nal : NalUnits.split(unit)) {
            if (nal.remaining() <= maxPayload) {
                out.add(Unpooled.wrappedBuffer(nal));
            } else {
                fragment(nal, out);
            }
        }
        return out;
    }

    private void fragment(ByteBuffer nal, List<ByteBuf> out) {
        int header = nal.get(0) & 0xff;
        int indicator = (header & 0xe0) | FU_A;
        int type = header & 0x1f;
        int chunk = maxPayload - 2;
        for (int pos = 1; pos < nal.remaining(); pos += chunk) {
            int len = Math.min(chunk, nal.remaining() - pos);
            boolean first = pos == 1;
            boolean last = pos + len == nal.remaining();
            ByteBuf fu = Unpooled.buffer(2, 2);
            fu.writeByte(indicator);
            fu.writeByte((first ? 0x80 : 0) | (last ? 0x40 : 0) | type);
            out.add(Unpooled.wrappedBuffer(fu, Unpooled.wrappedBuffer(nal.slice(pos, len))));
        }
    }
}
