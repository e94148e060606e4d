package org.ptzcam.rtsp.rtp.opus;

import io.netty.buffer.ByteBufUtil;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/** Opus (RFC 7587): one Opus packet per RTP packet; an empty payload is ignored. */
public final class OpusDepayloader implements RtpDepayloader {

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        int n = packet.payload().readableBytes();
        if (n == 0 || n > OpusPayloader.MAX_PACKET) {
            return Optional.empty();
        }
        return Optional.of(ByteBufUtil.getBytes(packet.payload()));
    }
}
