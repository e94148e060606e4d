package org.ptzcam.rtsp.rtp.h265;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.ptzcam.rtsp.rtp.NalFragmenter;

/**
 * H.265 over RTP, RFC 7798 without DONL (sprop-max-don-diff absent): single NAL unit packets
 * (§4.4.1) and fragmentation units (§4.4.3, type 49). Aggregation packets are not produced.
 */
public final class H265Payloader extends NalFragmenter {

    static final int AP = 48;
    static final int FU = 49;

    public H265Payloader(int maxPayload) {
        super(maxPayload, 2);
    }

    public H265Payloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    protected void writeFuHeader(ByteBuffer nal, boolean first, boolean last, ByteBuf out) {
        int b0 = nal.get(0) & 0xff;
        out.writeByte((b0 & 0x81) | (FU << 1));
        out.writeByte(nal.get(1) & 0xff);
        out.writeByte((first ? 0x80 : 0) | (last ? 0x40 : 0) | ((b0 >> 1) & 0x3f));
    }
}
