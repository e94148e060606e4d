package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBuf;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ptzcam.rtsp.rtcp.MalformedRtcp;
import org.ptzcam.rtsp.rtcp.Rtcp;
import org.ptzcam.rtsp.rtcp.RtcpPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RTCP from clients (receiver reports, SDES, BYE) over UDP or interleaved TCP: a valid compound
 * packet refreshes the session it belongs to (RFC 2326 §A keep-alive by RTCP, as live555 does);
 * a malformed one is counted and dropped. Thread-safe.
 */
final class RtcpInbound {

    private static final Logger LOG = LoggerFactory.getLogger(RtcpInbound.class);

    private final SessionRegistry sessions;
    private final AtomicLong valid = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    RtcpInbound(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /**
     * A datagram on the server's RTCP port. It belongs to the UDP sessions whose client sends
     * from that address (its RTP or RTCP port), or whose SSRC a report block names (NAT may
     * change the port).
     */
    void udp(InetSocketAddress from, ByteBuf datagram) {
        List<RtcpPacket> packets = decode(datagram, from);
        if (packets == null) {
            return;
        }
        for (Session s : sessions.all()) {
            for (Track t : s.tracks()) {
                if (t.sink() instanceof RtpSink.Udp u && (fromClient(u, from) || reportsOn(packets, t.rtp().ssrc()))) {
                    s.touch();
                }
            }
        }
    }

    /** An interleaved frame on an odd channel of a connection that owns {@code owned}. */
    void interleaved(int channel, ByteBuf packet, List<Session> owned, Object peer) {
        if (decode(packet, peer) == null) {
            return;
        }
        for (Session s : owned) {
            for (Track t : s.tracks()) {
                if (t.sink() instanceof RtpSink.Interleaved i && i.channel() + 1 == channel) {
                    s.touch();
                }
            }
        }
    }

    private List<RtcpPacket> decode(ByteBuf buf, Object from) {
        try {
            List<RtcpPacket> packets = Rtcp.decode(buf);
            valid.incrementAndGet();
            return packets;
        } catch (MalformedRtcp e) {
            malformed.incrementAndGet();
            LOG.debug("malformed RTCP from {}: {}", from, e.getMessage());
            return null;
        }
    }

    private static boolean fromClient(RtpSink.Udp u, InetSocketAddress from) {
        return u.client().getAddress().equals(from.getAddress())
                && (from.getPort() == u.clientRtcpPort() || from.getPort() == u.client().getPort());
    }

    private static boolean reportsOn(List<RtcpPacket> packets, long ssrc) {
        for (RtcpPacket p : packets) {
            List<RtcpPacket.ReportBlock> blocks = switch (p) {
                case RtcpPacket.ReceiverReport rr -> rr.reports();
                case RtcpPacket.SenderReport sr -> sr.reports();
                default -> List.of();
            };
            if (blocks.stream().anyMatch(b -> b.ssrc() == ssrc)) {
                return true;
            }
        }
        return false;
    }

    /** Valid compound packets received. */
    long received() {
        return valid.get();
    }

    /** Packets dropped as not RTCP. */
    long malformed() {
        return malformed.get();
    }
}
