package org.ptzcam.rtsp.rtp.h264;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.ptzcam.rtsp.rtp.NalFragmenter;

/**
 * H.264 over RTP, RFC 6184 packetization-mode 1: a NAL unit that fits is sent as a single NAL
 * unit packet (§5.6), a larger one as FU-A fragments (§5.8). Fragments point into the access unit
 * (no copy); only the two FU bytes of each fragment are new. STAP-A is not produced.
 */
public final class H264Payloader extends NalFragmenter {

    static final int STAP_A = 24;
    static final int FU_A = 28;

    public H264Payloader(int maxPayload) {
        super(maxPayload, 1);
    }

    public H264Payloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    protected void writeFuHeader(ByteBuffer nal, boolean first, boolean last, ByteBuf out) {
        int header = nal.get(0) & 0xff;
        out.writeByte((header & 0xe0) | FU_A);
        out.writeByte((first ? 0x80 : 0) | (last ? 0x40 : 0) | (header & 0x1f));
    }
}
