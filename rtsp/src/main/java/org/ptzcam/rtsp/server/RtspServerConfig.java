package org.ptzcam.rtsp.server;

import java.time.Duration;
import java.util.Objects;
import org.ptzcam.rtsp.message.RtspLimits;

/**
 * How the RTSP server listens and what it allows. Immutable; {@link #defaults()} gives the
 * camera's values.
 *
 * @param bindAddress    address to listen on, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port           TCP port for RTSP (554 on the hardware); 0 picks a free one
 * @param udpPortBase    first even UDP port tried for the server's RTP/RTCP pair; 0 picks a free pair
 * @param limits         request size limits of the decoder
 * @param maxViewers     RTSP sessions at once; beyond it SETUP gets 503 (hardware default 20)
 * @param sessionTimeout a session without any request (or RTCP from the client) this long ends;
 *                       announced as {@code timeout=} in the Session header
 * @param firstFrameWait how long DESCRIBE waits for the encoder's first key frame (parameter sets)
 * @param ioThreads      Netty event loop threads for connections and UDP
 * @param rtcpInterval   time between RTCP sender reports of a playing track (the first goes out
 *                       right after the first RTP packet)
 * @param requestTimeout a new connection must send its first byte this long after it opened, and
 *                       each request (or interleaved frame) must arrive whole this long after its
 *                       first byte; otherwise 408 and close (half-open and slowloris clients)
 */
public record RtspServerConfig(String bindAddress, int port, int udpPortBase, RtspLimits limits, int maxViewers,
        Duration sessionTimeout, Duration firstFrameWait, int ioThreads, Duration rtcpInterval, Duration requestTimeout) {

    public RtspServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535 || udpPortBase < 0 || udpPortBase > 65534 || (udpPortBase & 1) != 0) {
            throw new IllegalArgumentException("port must be 0..65535 and the UDP base even: " + port + ", " + udpPortBase);
        }
        if (maxViewers < 1 || ioThreads < 1) {
            throw new IllegalArgumentException("maxViewers and ioThreads must be at least 1");
        }
        if (sessionTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("session timeout must be at least 1 s");
        }
        if (rtcpInterval.toMillis() < 100) {
            throw new IllegalArgumentException("RTCP interval must be at least 100 ms: " + rtcpInterval);
        }
        if (requestTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("request timeout must be at least 100 ms: " + requestTimeout);
        }
    }

    /** All interfaces, port 554, 20 viewers, 60 s sessions, RTCP every 5 s, 10 s to send a request. */
    public static RtspServerConfig defaults() {
        return new RtspServerConfig("0.0.0.0", 554, 0, RtspLimits.DEFAULT, 20, Duration.ofSeconds(60),
                Duration.ofSeconds(10), 2, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public RtspServerConfig withBind(String address, int newPort) {
        return new RtspServerConfig(address, newPort, udpPortBase, limits, maxViewers, sessionTimeout, firstFrameWait,
                ioThreads, rtcpInterval, requestTimeout);
    }

    public RtspServerConfig withMaxViewers(int n) {
        return new RtspServerConfig(bindAddress, port, udpPortBase, limits, n, sessionTimeout, firstFrameWait, ioThreads,
                rtcpInterval, requestTimeout);
    }

    public RtspServerConfig withSessionTimeout(Duration timeout) {
        return new RtspServerConfig(bindAddress, port, udpPortBase, limits, maxViewers, timeout, firstFrameWait, ioThreads,
                rtcpInterval, requestTimeout);
    }

    public RtspServerConfig withRtcpInterval(Duration interval) {
        return new RtspServerConfig(bindAddress, port, udpPortBase, limits, maxViewers, sessionTimeout, firstFrameWait,
                ioThreads, interval, requestTimeout);
    }

    public RtspServerConfig withRequestTimeout(Duration timeout) {
        return new RtspServerConfig(bindAddress, port, udpPortBase, limits, maxViewers, sessionTimeout, firstFrameWait,
                ioThreads, rtcpInterval, timeout);
    }
}
