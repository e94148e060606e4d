package org.ptzcam.rtsp.server;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.ptzcam.rtsp.rtp.RtpStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One presentation sent to a multicast group, shared by every multicast session of it: one RTP
 * stream (SSRC, sequence) and RTCP reporter per track, fixed for the stream's life, and senders
 * that run while at least one session plays. {@link MulticastGroups} closes it (socket and group
 * slot freed) when the last session that set it up ends. Sending state lives on the socket's
 * event loop.
 */
final class MulticastStream {

    private static final Logger LOG = LoggerFactory.getLogger(MulticastStream.class);

    /** One track of the shared stream. */
    record Shared(int trackId, TrackSource source, RtpStream rtp, RtpSink.Multicast sink, RtcpReporter rtcp) {
    }

    private final Channel socket;
    private final EventLoop loop;
    private final List<Shared> tracks = new ArrayList<>();
    private int users;
    private final Set<Object> players = new HashSet<>();
    private final List<TrackSender> senders = new ArrayList<>();
    private boolean closed;

    /**
     * @param firstPort the RTP port of track 1; track n uses firstPort + 2(n − 1)
     */
    MulticastStream(StreamChoice stream, ServerContext server, Channel socket, EventLoop loop, InetSocketAddress group,
            int ttl, String cname) {
        this.socket = socket;
        this.loop = loop;
        List<TrackKind> kinds = stream.tracks();
        for (int i = 0; i < kinds.size(); i++) {
            TrackSource source = TrackSource.of(kinds.get(i), stream, server);
            RtpStream rtp = new RtpStream(source.payloader().get(), source.payloadType(), ThreadLocalRandom.current());
            RtpSink.Multicast sink = new RtpSink.Multicast(socket,
                    new InetSocketAddress(group.getAddress(), group.getPort() + 2 * i), ttl);
            tracks.add(new Shared(i + 1, source, rtp, sink,
                    new RtcpReporter(loop, rtp, sink, cname, server.config().rtcpInterval(), source.clockRate())));
        }
    }

    Shared track(int trackId) {
        return tracks.get(trackId - 1);
    }

    /** A session's track plays: the senders run while anyone plays. Thread-safe. */
    void play(Object user) {
        loop.execute(() -> {
            if (closed || !players.add(user) || players.size() > 1) {
                return;
            }
            for (Shared t : tracks) {
                TrackSender sender = new TrackSender(loop, t.rtp(), t.sink(), t.rtcp(), (s, u) -> true,
                        this::streamEnded, t.source().kind() != TrackKind.VIDEO);
                senders.add(sender);
                t.rtcp().start();
                try {
                    sender.attach(t.source().feed().apply(sender));
                } catch (RuntimeException e) {
                    LOG.info("multicast track {} has no source: {}", t.trackId(), e.getMessage());
                }
            }
        });
    }

    /** A session's track stopped playing (PAUSE, TEARDOWN). Thread-safe. */
    void stop(Object user) {
        loop.execute(() -> {
            if (players.remove(user) && players.isEmpty()) {
                stopSenders();
            }
        });
    }

    /** Users (set-up session tracks) are counted by {@link MulticastGroups}, under its lock. */
    int users() {
        return users;
    }

    void users(int n) {
        users = n;
    }

    /** The pipeline restarted: stop sending; sessions keep their setup and may PLAY again. */
    private void streamEnded() {
        LOG.info("multicast stream ended (pipeline restarted); {} sessions playing", players.size());
        stopSenders();
        players.clear();
    }

    private void stopSenders() {
        senders.forEach(TrackSender::close);
        senders.clear();
        tracks.forEach(t -> t.rtcp().stop());
    }

    /** Ends the stream: BYE on every track that sent, socket closed. Thread-safe. */
    void close() {
        loop.execute(() -> {
            if (closed) {
                return;
            }
            closed = true;
            players.clear();
            stopSenders();
            tracks.forEach(t -> t.rtcp().bye());
            socket.close();
        });
    }

    EventLoop loop() {
        return loop;
    }
}
