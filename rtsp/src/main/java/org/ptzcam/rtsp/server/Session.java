package org.ptzcam.rtsp.server;

import io.netty.channel.Channel;
import org.ptzcam.rtsp.rtp.RtpStream;

/**
 * One RTSP session (RFC 2326 §3): created by the first SETUP, owns the set-up track and, while
 * playing, its sender. State changes happen on the event loop of the connection that created it.
 */
final class Session {

    enum State { READY, PLAYING }

    private final String id;
    private final Channel connection;
    private final StreamChoice stream;
    private final String baseUrl;
    private final RtpStream rtp;
    private final RtpSink sink;
    private final RtcpReporter rtcp;
    private volatile long lastSeenNanos;
    private State state = State.READY;
    private TrackSender sender;
    private boolean closed;

    Session(String id, Channel connection, StreamChoice stream, String baseUrl, RtpStream rtp, RtpSink sink,
            RtcpReporter rtcp) {
        this.id = id;
        this.connection = connection;
        this.stream = stream;
        this.baseUrl = baseUrl;
        this.rtp = rtp;
        this.sink = sink;
        this.rtcp = rtcp;
        touch();
    }

    String id() {
        return id;
    }

    Channel connection() {
        return connection;
    }

    StreamChoice stream() {
        return stream;
    }

    /** The aggregate URL without trailing slash, as the client named it in SETUP. */
    String baseUrl() {
        return baseUrl;
    }

    RtpStream rtp() {
        return rtp;
    }

    RtpSink sink() {
        return sink;
    }

    RtcpReporter rtcp() {
        return rtcp;
    }

    State state() {
        return state;
    }

    /** Keep-alive: a request with this session's id, or RTCP from its client. */
    void touch() {
        lastSeenNanos = System.nanoTime();
    }

    long idleNanos(long now) {
        return now - lastSeenNanos;
    }

    boolean interleaved() {
        return sink instanceof RtpSink.Interleaved;
    }

    void playing(TrackSender s) {
        sender = s;
        state = State.PLAYING;
        rtcp.start();
    }

    TrackSender sender() {
        return sender;
    }

    /** Stops sending (PAUSE); the session stays. */
    void pause() {
        if (sender != null) {
            sender.close();
            sender = null;
        }
        rtcp.stop();
        state = State.READY;
    }

    /** Stops sending for good and says RTCP BYE (if anything was sent). Idempotent. */
    void close() {
        if (!closed) {
            closed = true;
            pause();
            rtcp.bye();
        }
    }

    boolean closed() {
        return closed;
    }
}
