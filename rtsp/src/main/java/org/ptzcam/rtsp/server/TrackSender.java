package org.ptzcam.rtsp.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.RtpStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one playing track: the hub's subscriber. The encoder thread only schedules a drain on
 * the connection's event loop; the drain writes RTP packets while the socket is writable and
 * stops otherwise (the hub's bounded queue then skips to the next key frame). Every polled unit
 * is released exactly once: when the write of its last packet completes (payloads are slices of
 * the unit, not copies), or at once if it produced no packet.
 */
final class TrackSender implements Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(TrackSender.class);

    private final EventLoop loop;
    private final RtpStream rtp;
    private final RtpSink sink;
    private final RtcpReporter rtcp;
    private final Consumer<AccessUnit> beforeFirst;
    private final Runnable ended;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Subscription subscription;
    private boolean started;
    private volatile boolean closed;

    /**
     * @param beforeFirst runs on the event loop with the first unit before any packet is written
     *                    (the PLAY reply goes out there, with that unit's rtptime)
     * @param ended       runs on the event loop when the stream ends for good
     * @param rtcp        told about every sent unit (its RTP time and capture time) for sender reports
     */
    TrackSender(EventLoop loop, RtpStream rtp, RtpSink sink, RtcpReporter rtcp, Consumer<AccessUnit> beforeFirst,
            Runnable ended) {
        this.loop = loop;
        this.rtp = rtp;
        this.sink = sink;
        this.rtcp = rtcp;
        this.beforeFirst = beforeFirst;
        this.ended = ended;
    }

    void attach(Subscription s) {
        subscription = s;
        if (s.queued() > 0) {
            unitsAvailable();
        }
    }

    @Override
    public void unitsAvailable() {
        if (scheduled.compareAndSet(false, true)) {
            loop.execute(this::drain);
        }
    }

    @Override
    public void streamEnded() {
        loop.execute(() -> {
            if (!closed) {
                ended.run();
            }
        });
    }

    /** Writes queued units while the sink takes them. Event loop only. */
    void drain() {
        scheduled.set(false);
        Subscription s = subscription;
        if (closed || s == null) {
            return;
        }
        boolean wrote = false;
        while (sink.writable()) {
            AccessUnit unit = s.poll();
            if (unit == null) {
                break;
            }
            if (!started) {
                started = true;
                beforeFirst.accept(unit);
            }
            wrote |= send(unit);
        }
        if (wrote) {
            sink.flush();
        }
    }

    private boolean send(AccessUnit unit) {
        List<RtpPacket> packets;
        try {
            packets = rtp.packetize(unit.payload(), unit.pts90k());
        } catch (IllegalArgumentException e) {
            LOG.warn("cannot send access unit over RTP: {}", e.getMessage());
            unit.release();
            return false;
        }
        if (packets.isEmpty()) {
            unit.release();
            return false;
        }
        long timestamp = packets.get(0).timestamp();
        ChannelFuture last = null;
        for (RtpPacket p : packets) {
            last = sink.write(p);
        }
        last.addListener(f -> unit.release());
        rtcp.sent(timestamp, unit.captureNanos(), last);
        return true;
    }

    /** Leaves the stream; queued units are released by the subscription. */
    void close() {
        closed = true;
        Subscription s = subscription;
        if (s != null) {
            s.close();
        }
    }

    RtpStream rtp() {
        return rtp;
    }
}
