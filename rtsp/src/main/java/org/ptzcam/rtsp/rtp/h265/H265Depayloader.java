package org.ptzcam.rtsp.rtp.h265;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.AnnexBAssembler;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * Rebuilds H.265 Annex-B access units from RFC 7798 packets without DONL: single NAL units,
 * aggregation packets (48) and fragmentation units (49). PACI (50) spoils the unit.
 */
public final class H265Depayloader implements RtpDepayloader {

    private final AnnexBAssembler unit = new AnnexBAssembler();

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        unit.accept(packet);
        ByteBuf p = packet.payload();
        int start = p.readerIndex();
        int length = p.readableBytes();
        if (length < 2) {
            unit.spoil();
        } else {
            int type = (p.getByte(start) >> 1) & 0x3f;
            if (type < H265Payloader.AP) {
                unit.nal(ByteBufUtil.getBytes(p, start, length));
            } else if (type == H265Payloader.AP) {
                aggregation(p, start + 2, start + length);
            } else if (type == H265Payloader.FU && length >= 3) {
                fragment(p, start, length);
            } else {
                unit.spoil();
            }
        }
        return packet.marker() ? Optional.ofNullable(unit.finish()) : Optional.empty();
    }

    private void aggregation(ByteBuf p, int pos, int end) {
        while (pos + 2 <= end) {
            int size = p.getUnsignedShort(pos);
            pos += 2;
            if (size < 2 || pos + size > end) {
                unit.spoil();
                return;
            }
            unit.nal(ByteBufUtil.getBytes(p, pos, size));
            pos += size;
        }
    }

    private void fragment(ByteBuf p, int start, int length) {
        int b0 = p.getByte(start) & 0xff;
        int b1 = p.getByte(start + 1) & 0xff;
        int header = p.getByte(start + 2) & 0xff;
        byte[] data = ByteBufUtil.getBytes(p, start + 3, length - 3);
        if ((header & 0x80) != 0) {
            unit.fragmentStart(new byte[] {(byte) ((b0 & 0x81) | ((header & 0x3f) << 1)), (byte) b1});
        }
        if (unit.fragmentData(data) && (header & 0x40) != 0) {
            unit.fragmentEnd();
        }
    }
}
