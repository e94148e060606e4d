package org.ptzcam.rtsp.rtcp;

import java.util.List;
import java.util.Objects;

/**
 * One RTCP packet of a compound packet (RFC 3550 §6.4–6.6). SSRCs are unsigned 32-bit values
 * held in a {@code long}; counts likewise.
 */
public sealed interface RtcpPacket {

    int SR = 200;
    int RR = 201;
    int SDES = 202;
    int BYE = 203;
    int APP = 204;

    /** The packet type byte (200 SR, 201 RR, …). */
    int type();

    /**
     * One reception report block (RFC 3550 §6.4.1).
     *
     * @param ssrc             the source being reported on
     * @param fractionLost     0..255
     * @param cumulativeLost   signed 24-bit
     * @param highestSequence  extended highest sequence number received
     * @param jitter           interarrival jitter in timestamp units
     * @param lastSr           middle 32 bits of the last SR's NTP timestamp
     * @param delaySinceLastSr in units of 1/65536 s
     */
    record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long highestSequence, long jitter, long lastSr,
            long delaySinceLastSr) {
    }

    /**
     * Sender report: the NTP ↔ RTP mapping of one instant and what the sender has sent.
     *
     * @param ntp     64-bit NTP timestamp (seconds since 1900 in the high 32 bits, fraction low)
     * @param rtpTime the RTP timestamp of the same instant (32-bit)
     * @param packets sender's packet count (32-bit, wraps)
     * @param octets  sender's payload octet count (32-bit, wraps)
     */
    record SenderReport(long ssrc, long ntp, long rtpTime, long packets, long octets, List<ReportBlock> reports)
            implements RtcpPacket {
        public SenderReport {
            reports = List.copyOf(reports);
        }

        @Override
        public int type() {
            return SR;
        }
    }

    /** Receiver report of {@code ssrc} (the client) about the sources in {@code reports}. */
    record ReceiverReport(long ssrc, List<ReportBlock> reports) implements RtcpPacket {
        public ReceiverReport {
            reports = List.copyOf(reports);
        }

        @Override
        public int type() {
            return RR;
        }
    }

    /** One SDES chunk: a source and its items; {@code cname} is the CNAME item (may be absent: null). */
    record SdesChunk(long ssrc, String cname) {
    }

    /** Source description; only CNAME items are kept when decoding (others are skipped). */
    record SourceDescription(List<SdesChunk> chunks) implements RtcpPacket {
        public SourceDescription {
            chunks = List.copyOf(chunks);
        }

        @Override
        public int type() {
            return SDES;
        }
    }

    /** Goodbye from {@code ssrcs}, with an optional reason ("" for none). */
    record Bye(List<Long> ssrcs, String reason) implements RtcpPacket {
        public Bye {
            ssrcs = List.copyOf(ssrcs);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public int type() {
            return BYE;
        }
    }

    /** A packet type this codec does not interpret (APP, XR, feedback…); its body is skipped. */
    record Other(int type, int count, int length) implements RtcpPacket {
    }
}
