package org.ptzcam.rtsp.rtp.opus;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * Opus over RTP (RFC 7587 §4.2): exactly one Opus packet per RTP packet, never fragmented (an
 * Opus packet is at most 1275 bytes per frame; 120 ms of frames at most 6 × that). The RTP clock
 * is always 48 kHz. Marker only on the first packet (start of a talkspurt; the camera sends no DTX).
 */
public final class OpusPayloader implements RtpPayloader {

    /** RTP clock of Opus whatever the encoder's rate. */
    public static final int CLOCK_RATE = 48_000;
    /** Largest Opus packet (RFC 6716 §3.4: 120 ms, 6 frames of 1275 bytes, plus framing). */
    public static final int MAX_PACKET = 7660;

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        if (unit.remaining() == 0) {
            return List.of(); // a lost frame is no packet
        }
        if (unit.remaining() > MAX_PACKET) {
            throw new IllegalArgumentException("not an Opus packet: " + unit.remaining() + " bytes");
        }
        List<ByteBuf> out = new ArrayList<>(1);
        out.add(Unpooled.wrappedBuffer(unit.slice()));
        return out;
    }

    @Override
    public boolean markerEndsUnit() {
        return false;
    }
}
