package org.ptzcam.rtsp.rtp.pcmu;

import io.netty.buffer.ByteBufUtil;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/** G.711 µ-law: every packet is a unit of samples; empty packets give nothing. */
public final class PcmuDepayloader implements RtpDepayloader {

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        if (packet.payload().readableBytes() == 0) {
            return Optional.empty();
        }
        return Optional.of(ByteBufUtil.getBytes(packet.payload()));
    }
}
