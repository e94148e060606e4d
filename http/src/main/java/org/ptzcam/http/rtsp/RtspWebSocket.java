package org.ptzcam.http.rtsp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.ptzcam.rtsp.server.RtspServer;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTSP-over-WebSocket client ({@code /rtsp-over-websocket}, subprotocol {@code binary}, as the
 * Axis browser player media-stream-library speaks it): binary messages from the client carry RTSP
 * requests (split anywhere); each message to the client carries either one RTSP response or a run
 * of {@code $} interleaved frames. One message is sent at a time (backpressure: the RTSP side
 * waits, and skips to the next key frame when its own buffer fills); the next client message is
 * read once the previous one was consumed. Public only because Jetty calls it through method handles.
 */
public final class RtspWebSocket implements Session.Listener, TunnelEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(RtspWebSocket.class);

    private final Supplier<RtspServer> rtsp;
    private volatile Session session;
    private volatile Tunnel tunnel;
    private final java.util.Optional<String> user;

    /** @param user the account an rtspwssession token proved, or empty (the RTSP inside then logs in) */
    RtspWebSocket(Supplier<RtspServer> rtsp, java.util.Optional<String> user) {
        this.rtsp = rtsp;
        this.user = user;
    }

    @Override
    public java.util.Optional<String> authenticatedUser() {
        return user;
    }

    @Override
    public void onWebSocketOpen(Session s) {
        session = s;
        RtspServer server = rtsp.get();
        if (server == null) {
            s.close(StatusCode.TRY_AGAIN_LATER, "RTSP is not running", Callback.NOOP);
            return;
        }
        try {
            tunnel = server.attach(this);
        } catch (IllegalStateException e) {
            s.close(StatusCode.TRY_AGAIN_LATER, "RTSP is not running", Callback.NOOP);
            return;
        }
        LOG.debug("RTSP over WebSocket from {}", s.getRemoteSocketAddress());
        s.demand();
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        ByteBuf copy = Unpooled.copiedBuffer(payload);
        callback.succeed();
        Tunnel t = tunnel;
        if (t == null) {
            copy.release();
            return;
        }
        t.receive(copy, () -> {
            Session s = session;
            if (s != null && s.isOpen()) {
                s.demand();
            }
        });
    }

    @Override
    public void onWebSocketText(String message) {
        LOG.debug("RTSP over WebSocket: text message refused, closing");
        session.close(StatusCode.BAD_DATA, "binary messages only", Callback.NOOP);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        Tunnel t = tunnel;
        if (t != null) {
            t.close();
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("RTSP over WebSocket failed: {}", cause.toString());
        onWebSocketClose(StatusCode.ABNORMAL, cause.toString());
    }

    // TunnelEndpoint: the RTSP side's output

    @Override
    public InetSocketAddress localAddress() {
        return JettyGetEndpoint.inet(session.getLocalSocketAddress());
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return JettyGetEndpoint.inet(session.getRemoteSocketAddress());
    }

    @Override
    public boolean messageFramed() {
        return true;
    }

    /** The browser's player: the web client, which never gets B-frames. */
    @Override
    public boolean webClient() {
        return true;
    }

    @Override
    public void send(ByteBuf data, Runnable written) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            data.release();
            return;
        }
        s.sendBinary(data.nioBuffer(), Callback.from(() -> {
            data.release();
            written.run();
        }, failure -> {
            data.release();
            Tunnel t = tunnel;
            if (t != null) {
                t.close();
            }
        }));
    }

    @Override
    public void close() {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.close(StatusCode.NORMAL, "RTSP connection closed", Callback.NOOP);
        }
    }
}
