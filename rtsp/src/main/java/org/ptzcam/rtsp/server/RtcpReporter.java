package org.ptzcam.rtsp.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ptzcam.rtsp.rtcp.NtpTime;
import org.ptzcam.rtsp.rtcp.Rtcp;
import org.ptzcam.rtsp.rtcp.RtcpPacket;
import org.ptzcam.rtsp.rtp.RtpStream;

/**
 * RTCP for one track (RFC 3550 §6.4.1): a compound SR + SDES CNAME right after the first RTP
 * packet of a PLAY, then every {@code interval} while playing, and SR + SDES + BYE when the
 * session ends. The SR maps the wall clock to the RTP clock through the last sent unit: its RTP
 * timestamp belongs to its capture instant (monotonic {@code captureNanos}), so the RTP
 * timestamp of "now" is that plus the 90 kHz ticks since capture, and "now" in NTP is the wall
 * clock. Event loop only (the connection's), like the {@link RtpStream} whose counts it reports.
 */
final class RtcpReporter {

    private final EventLoop loop;
    private final RtpStream rtp;
    private final RtpSink sink;
    private final String cname;
    private final Duration interval;
    private final long clockRate;
    private long anchorRtp = -1;
    private long anchorCaptureNanos;
    private boolean firstPending;
    private ScheduledFuture<?> periodic;
    private long reportsSent;
    private boolean byeSent;

    /** @param clockRate the track's RTP clock in Hz (90 kHz video, the sample rate of audio) */
    RtcpReporter(EventLoop loop, RtpStream rtp, RtpSink sink, String cname, Duration interval, int clockRate) {
        this.loop = loop;
        this.clockRate = clockRate;
        this.rtp = rtp;
        this.sink = sink;
        this.cname = cname;
        this.interval = interval;
    }

    /** A PLAY starts: the next sent unit triggers a report at once. */
    void start() {
        firstPending = true;
    }

    /**
     * A unit's packets were queued; {@code written} completes when the last is on the wire.
     *
     * @param rtpTimestamp its RTP timestamp
     * @param captureNanos its capture time ({@link System#nanoTime()} clock)
     */
    void sent(long rtpTimestamp, long captureNanos, ChannelFuture written) {
        anchorRtp = rtpTimestamp;
        anchorCaptureNanos = captureNanos;
        if (firstPending) {
            firstPending = false;
            written.addListener(f -> loop.execute(this::begin));
        }
    }

    private void begin() {
        if (byeSent || periodic != null) {
            return;
        }
        report();
        long ms = interval.toMillis();
        periodic = loop.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** PAUSE: no more periodic reports until the next PLAY. */
    void stop() {
        firstPending = false;
        if (periodic != null) {
            periodic.cancel(false);
            periodic = null;
        }
    }

    /** The session ends: SR + SDES + BYE if anything was ever sent. Idempotent. */
    void bye() {
        stop();
        if (byeSent || anchorRtp < 0) {
            return;
        }
        byeSent = true;
        List<RtcpPacket> packets = new ArrayList<>(compound());
        packets.add(new RtcpPacket.Bye(List.of(rtp.ssrc()), "session ended"));
        sink.writeRtcp(Rtcp.encode(packets));
    }

    private void report() {
        if (anchorRtp < 0) {
            return;
        }
        sink.writeRtcp(Rtcp.encode(compound()));
        reportsSent++;
    }

    private List<RtcpPacket> compound() {
        long nowNanos = System.nanoTime();
        Instant wall = Instant.now();
        long unixNanos = wall.getEpochSecond() * 1_000_000_000L + wall.getNano();
        long ticks = Math.floorDiv((nowNanos - anchorCaptureNanos) * clockRate, 1_000_000_000L);
        long rtpNow = (anchorRtp + ticks) & 0xffff_ffffL;
        RtcpPacket sr = new RtcpPacket.SenderReport(rtp.ssrc(), NtpTime.fromUnixNanos(unixNanos), rtpNow,
                rtp.packetCount() & 0xffff_ffffL, rtp.octetCount() & 0xffff_ffffL, List.of());
        RtcpPacket sdes = new RtcpPacket.SourceDescription(List.of(new RtcpPacket.SdesChunk(rtp.ssrc(), cname)));
        return List.of(sr, sdes);
    }

    /** Sender reports sent so far (without the final one with BYE). */
    long reportsSent() {
        return reportsSent;
    }
}
