package org.ptzcam.rtsp.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The sender state of one RTP stream: SSRC, sequence numbers and the timestamp offset (all
 * random at start, RFC 3550 §5.1), and packet/octet counts for sender reports.
 * Not thread-safe: one stream is driven from one event loop.
 */
public final class RtpStream {

    private final RtpPayloader payloader;
    private final int payloadType;
    private final long ssrc;
    private final long timestampOffset;
    private int nextSequence;
    private long packets;
    private long octets;
    private long lastTimestamp = -1;

    public RtpStream(RtpPayloader payloader, int payloadType, RandomGenerator random) {
        this.payloader = payloader;
        this.payloadType = payloadType;
        this.ssrc = random.nextLong() & 0xffff_ffffL;
        this.timestampOffset = random.nextLong() & 0xffff_ffffL;
        this.nextSequence = random.nextInt(0x10000);
    }

    /**
     * The packets of one access unit, timestamp = offset + {@code pts} (in the stream's clock:
     * 90 kHz for video, the sample rate for audio), marker on the last (or, for talkspurt-marked
     * formats, on the stream's first packet only). The packets' payloads may point into {@code unit}.
     */
    public List<RtpPacket> packetize(ByteBuffer unit, long pts) {
        return packets(payloader.payload(unit), pts);
    }

    /**
     * Like {@link #packetize(ByteBuffer, long)}, but from payloads cut once for every session
     * ({@link #share}): each packet holds a retained slice of them.
     */
    public List<RtpPacket> packetize(SharedPayloads shared, long pts) {
        List<ByteBuf> payloads = new ArrayList<>(shared.count());
        for (int i = 0; i < shared.count(); i++) {
            payloads.add(shared.payload(i));
        }
        return packets(payloads, pts);
    }

    /**
     * Cuts a unit the way this stream's payloader does, into payloads any stream with an equal
     * {@link #sharingKey()} can send.
     */
    public SharedPayloads share(ByteBuffer unit, ByteBufAllocator alloc) {
        return SharedPayloads.of(payloader, unit, alloc);
    }

    /** Streams whose payloads are interchangeable have equal keys: the payloader and its settings. */
    public Object sharingKey() {
        return payloader.sharingKey();
    }

    private List<RtpPacket> packets(List<ByteBuf> payloads, long pts) {
        long timestamp = rtpTimestamp(pts);
        List<RtpPacket> out = new ArrayList<>(payloads.size());
        boolean endMarks = payloader.markerEndsUnit();
        for (int i = 0; i < payloads.size(); i++) {
            ByteBuf p = payloads.get(i);
            boolean marker = endMarks ? i == payloads.size() - 1 : packets == 0 && i == 0;
            out.add(new RtpPacket(payloadType, marker, nextSequence, timestamp, ssrc, p));
            nextSequence = (nextSequence + 1) & 0xffff;
            packets++;
            octets += p.readableBytes();
        }
        lastTimestamp = timestamp;
        return out;
    }

    /** The 32-bit RTP timestamp of a presentation time in the stream's clock. */
    public long rtpTimestamp(long pts) {
        return (timestampOffset + pts) & 0xffff_ffffL;
    }

    public long ssrc() {
        return ssrc;
    }

    public int payloadType() {
        return payloadType;
    }

    /** The sequence number of the next packet. */
    public int nextSequence() {
        return nextSequence;
    }

    public long packetCount() {
        return packets;
    }

    public long octetCount() {
        return octets;
    }

    /** Timestamp of the last unit sent, or -1. */
    public long lastTimestamp() {
        return lastTimestamp;
    }
}
