package org.ptzcam.rtsp.server;

import org.ptzcam.rtsp.rtp.RtpStream;

/**
 * One set-up track of a session: its trackID, source, RTP stream (SSRC, sequence), sink (its own
 * interleaved channel pair or client UDP ports), RTCP reporter and, while playing, its sender.
 * Event loop of the owning connection only.
 */
final class Track {

    private final int id;
    private final TrackSource source;
    private final RtpStream rtp;
    private final RtpSink sink;
    private final RtcpReporter rtcp;
    private final MulticastStream multicast;
    private final Runnable release;
    private TrackSender sender;

    Track(int id, TrackSource source, RtpStream rtp, RtpSink sink, RtcpReporter rtcp) {
        this(id, source, rtp, sink, rtcp, null, () -> { });
    }

    /**
     * A track of a shared multicast stream: RTP stream, sink and RTCP are the stream's; playing
     * and pausing count this track as a listener of it; {@code release} runs when the track ends.
     */
    Track(int id, TrackSource source, RtpStream rtp, RtpSink sink, RtcpReporter rtcp, MulticastStream multicast,
            Runnable release) {
        this.multicast = multicast;
        this.release = release;
        this.id = id;
        this.source = source;
        this.rtp = rtp;
        this.sink = sink;
        this.rtcp = rtcp;
    }

    int id() {
        return id;
    }

    TrackSource source() {
        return source;
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

    TrackSender sender() {
        return sender;
    }

    void playing(TrackSender s) {
        sender = s;
        rtcp.start();
    }

    /** The shared multicast stream, or null for a unicast track. */
    MulticastStream multicast() {
        return multicast;
    }

    void pause() {
        if (multicast != null) {
            multicast.stop(this);
            return;
        }
        if (sender != null) {
            sender.close();
            sender = null;
        }
        rtcp.stop();
    }

    void close() {
        pause();
        if (multicast != null) {
            release.run(); // the shared stream says BYE when its last listener is gone
        } else {
            rtcp.bye();
        }
    }
}
