package org.ptzcam.rtsp.rtp.h264;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.AnnexBAssembler;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * Rebuilds H.264 Annex-B access units from RFC 6184 packets: single NAL units, STAP-A and FU-A.
 * A unit ends at the marker bit.
 */
public final class H264Depayloader implements RtpDepayloader {

    private final AnnexBAssembler unit = new AnnexBAssembler();

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        unit.accept(packet);
        ByteBuf p = packet.payload();
        int start = p.readerIndex();
        int length = p.readableBytes();
        if (length == 0) {
            unit.spoil();
        } else {
            int type = p.getByte(start) & 0x1f;
            if (type >= 1 && type <= 23) {
                unit.nal(ByteBufUtil.getBytes(p, start, length));
            } else if (type == H264Payloader.STAP_A) {
                stapA(p, start + 1, start + length);
            } else if (type == H264Payloader.FU_A && length >= 2) {
                fuA(p, start, length);
            } else {
                unit.spoil(); // STAP-B, MTAP, FU-B are not used in packetization-mode 1
            }
        }
        return packet.marker() ? Optional.ofNullable(unit.finish()) : Optional.empty();
    }

    private void stapA(ByteBuf p, int pos, int end) {
        while (pos + 2 <= end) {
            int size = p.getUnsignedShort(pos);
            pos += 2;
            if (size == 0 || pos + size > end) {
                unit.spoil();
                return;
            }
            unit.nal(ByteBufUtil.getBytes(p, pos, size));
            pos += size;
        }
    }

    private void fuA(ByteBuf p, int start, int length) {
        int indicator = p.getByte(start) & 0xff;
        int header = p.getByte(start + 1) & 0xff;
        byte[] data = ByteBufUtil.getBytes(p, start + 2, length - 2);
        if ((header & 0x80) != 0) {
            unit.fragmentStart(new byte[] {(byte) ((indicator & 0xe0) | (header & 0x1f))});
        }
        if (unit.fragmentData(data) && (header & 0x40) != 0) {
            unit.fragmentEnd();
        }
    }
}
