package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.RtpStream;
import org.ptzcam.rtsp.rtp.SharedPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one playing track: the hub's subscriber. The encoder thread only schedules a drain on
 * the connection's event loop; the drain writes RTP packets while the socket is writable and
 * stops otherwise (the hub's bounded queue then skips to the next key frame). A unit's RTP payloads
 * are cut once for every session of the stream ({@link SharedPayloads}, attached to the unit);
 * this sender only adds its own headers, so the cost per session is a few small buffers per packet.
 * Every polled unit is released exactly once, as soon as its packets are queued (they hold their
 * own slices of the shared payloads).
 *
 * <p>The first unit passes a {@link Gate}: the PLAY reply must list every track's first sequence
 * number and RTP time before any packet goes out, so a track holds its first unit until the gate
 * opens (all tracks have a first unit, or the wait ended). While held, a track whose units are all
 * key frames (audio, metadata) keeps only the newest, so its RTP-Info time is fresh.
 */
final class TrackSender implements Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(TrackSender.class);

    /** Decides when a track may start sending. Event loop only. */
    interface Gate {
        /** The track's first unit (or, while held, a newer one); true if it may be sent now. */
        boolean first(TrackSender track, AccessUnit unit);
    }

    private final EventLoop loop;
    private final RtpStream rtp;
    private final RtpSink sink;
    private final RtcpReporter rtcp;
    private final Gate gate;
    private final Runnable ended;
    private final boolean newestFirst;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Subscription subscription;
    private boolean started;
    private boolean open;
    private AccessUnit held;
    private volatile boolean closed;

    /**
     * @param gate        asked with the first unit before any packet is written
     * @param ended       runs on the event loop when the stream ends for good
     * @param rtcp        told about every sent unit (its RTP time and capture time) for sender reports
     * @param newestFirst every unit is a key frame (audio, metadata): while the gate is shut the
     *                    newest unit replaces the held one
     */
    TrackSender(EventLoop loop, RtpStream rtp, RtpSink sink, RtcpReporter rtcp, Gate gate, Runnable ended,
            boolean newestFirst) {
        this.newestFirst = newestFirst;
        this.loop = loop;
        this.rtp = rtp;
        this.sink = sink;
        this.rtcp = rtcp;
        this.gate = gate;
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

    /** The gate opened: send the held unit and what followed. Event loop only. */
    void open() {
        open = true;
        drain();
    }

    /** Writes queued units while the sink takes them. Event loop only. */
    void drain() {
        scheduled.set(false);
        Subscription s = subscription;
        if (closed || s == null) {
            return;
        }
        if (!open) {
            hold(s);
            return;
        }
        boolean wrote = false;
        if (held != null) {
            AccessUnit first = held;
            held = null;
            wrote = send(first);
        }
        while (sink.writable()) {
            AccessUnit unit = s.poll();
            if (unit == null) {
                break;
            }
            wrote |= send(unit);
        }
        if (wrote) {
            sink.flush();
        }
    }

    /** Before the gate opens: take the first unit (or a newer key frame in its place) and ask. */
    private void hold(Subscription s) {
        if (started && !newestFirst) {
            return; // video: what follows its first key frame waits in the queue
        }
        while (!open) {
            AccessUnit unit = s.poll();
            if (unit == null) {
                return;
            }
            if (held != null) {
                held.release();
            }
            held = unit;
            started = true;
            if (gate.first(this, unit)) {
                open();
                return;
            }
        }
    }

    private boolean send(AccessUnit unit) {
        List<RtpPacket> packets;
        boolean shared;
        try {
            // payloads are cut once per unit for all sessions of the stream; they outlive the unit
            // through the slices each packet retains, so the unit can go back at once
            SharedPayloads payloads = unit.derived(rtp.sharingKey(), b -> rtp.share(b, ByteBufAllocator.DEFAULT));
            shared = payloads != null;
            packets = shared ? rtp.packetize(payloads, unit.pts90k()) : rtp.packetize(unit.payload(), unit.pts90k());
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
        int lastIndex = packets.size() - 1;
        for (int i = 0; i < lastIndex; i++) {
            sink.writeUnwatched(packets.get(i));
        }
        ChannelFuture last = sink.write(packets.get(lastIndex));
        if (shared) {
            unit.release();
        } else {
            last.addListener(f -> unit.release()); // the payloads point into the unit
        }
        rtcp.sent(timestamp, unit.captureNanos(), last);
        return true;
    }

    /** Asks the stream for a key frame (Renew-Stream). */
    void requestKeyframe() {
        Subscription s = subscription;
        if (s != null) {
            s.requestKeyframe();
        }
    }

    /** Leaves the stream; queued units are released by the subscription, a held one here. */
    void close() {
        closed = true;
        Subscription s = subscription;
        if (s != null) {
            s.close();
        }
        if (loop.inEventLoop()) {
            releaseHeld();
        } else {
            loop.execute(this::releaseHeld);
        }
    }

    private void releaseHeld() {
        if (held != null) {
            held.release();
            held = null;
        }
    }

    /** The unit waiting for the gate, if any. */
    AccessUnit held() {
        return held;
    }

    RtpStream rtp() {
        return rtp;
    }
}
