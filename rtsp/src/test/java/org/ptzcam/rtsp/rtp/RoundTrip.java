package org.ptzcam.rtsp.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Drives a payloader and its depayloader through real RTP packet bytes, checking RTP rules. */
public final class RoundTrip {

    public record Result(List<RtpPacket> packets, byte[] unit) {
    }

    private RoundTrip() {
    }

    /**
     * Packetizes {@code unit}, serializes and parses every packet, and depayloads them.
     * Checks: one timestamp, consecutive sequence numbers, marker only on the last packet, no
     * packet over {@code maxPayload}, exactly one unit out at the end.
     */
    public static Result run(RtpPayloader payloader, RtpDepayloader depayloader, byte[] unit, int maxPayload) {
        RtpStream stream = new RtpStream(payloader, 96, new Random(1));
        List<RtpPacket> sent = stream.packetize(ByteBuffer.wrap(unit).asReadOnlyBuffer(), 90_000);
        List<RtpPacket> received = new ArrayList<>();
        byte[] out = null;
        for (int i = 0; i < sent.size(); i++) {
            ByteBuf wire = sent.get(i).encode();
            assertThat(wire.readableBytes()).isLessThanOrEqualTo(RtpPacket.HEADER_SIZE + maxPayload);
            RtpPacket p = RtpPacket.parse(wire);
            wire.release();
            received.add(p);
            // talkspurt-marked formats (PCMU, Opus): a fresh stream's first packet is also its last here
            assertThat(p.marker()).isEqualTo(payloader.markerEndsUnit() ? i == sent.size() - 1 : i == 0);
            assertThat(p.timestamp()).isEqualTo(stream.rtpTimestamp(90_000));
            assertThat(p.sequence()).isEqualTo((received.get(0).sequence() + i) & 0xffff);
            assertThat(p.ssrc()).isEqualTo(stream.ssrc());
            Optional<byte[]> u = depayloader.depayload(p);
            if (i < sent.size() - 1) {
                assertThat(u).isEmpty();
            } else {
                assertThat(u).isPresent();
                out = u.get();
            }
        }
        received.forEach(p -> p.payload().release());
        return new Result(received, out);
    }
}
