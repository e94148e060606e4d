package org.ptzcam.rtsp.server;

import io.netty.channel.Channel;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One RTSP session (RFC 2326 §3): created by the first SETUP, owns the tracks set up in it (1..n,
 * each with its own RTP stream, sink and RTCP) and acts on all of them for the aggregate PLAY,
 * PAUSE and TEARDOWN. State changes happen on the event loop of the connection that created it
 * (its owner), whichever connection the request came on.
 */
final class Session {

    enum State { READY, PLAYING }

    private final String id;
    private final Channel connection;
    private final StreamChoice stream;
    private final String baseUrl;
    private final List<Track> tracks = new CopyOnWriteArrayList<>();
    private volatile long lastSeenNanos;
    private State state = State.READY;
    private boolean closed;

    Session(String id, Channel connection, StreamChoice stream, String baseUrl) {
        this.id = id;
        this.connection = connection;
        this.stream = stream;
        this.baseUrl = baseUrl;
        touch();
    }

    String id() {
        return id;
    }

    /** The connection that created the session; its event loop runs the session. */
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

    /** Adds a set-up track (kept in trackID order). */
    void add(Track t) {
        tracks.add(t);
        tracks.sort(Comparator.comparingInt(Track::id));
    }

    /** The set-up tracks in trackID order; a snapshot (read by RTCP from other threads). */
    List<Track> tracks() {
        return List.copyOf(tracks);
    }

    Track track(int trackId) {
        return tracks.stream().filter(t -> t.id() == trackId).findFirst().orElse(null);
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

    /** True if any track goes over the RTSP connection. */
    boolean interleaved() {
        return tracks().stream().anyMatch(t -> t.sink() instanceof RtpSink.Interleaved);
    }

    void playing() {
        state = State.PLAYING;
    }

    /** Stops sending on every track (PAUSE); the session stays. */
    /** Renew-Stream: every playing track asks its stream for a key frame. */
    void renewStream() {
        for (Track t : tracks) {
            TrackSender sender = t.sender();
            if (sender != null) {
                sender.requestKeyframe();
            }
        }
    }

    void pause() {
        tracks.forEach(Track::pause);
        state = State.READY;
    }

    /** Stops sending for good and says RTCP BYE on each track that sent. Idempotent. */
    void close() {
        if (!closed) {
            closed = true;
            tracks.forEach(Track::close);
            state = State.READY;
        }
    }

    boolean closed() {
        return closed;
    }
}
