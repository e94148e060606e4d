package org.ptzcam.http.rtsp;

import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.ptzcam.rtsp.server.RtspServer;

/**
 * The {@code /rtsp-over-websocket} route: WebSocket upgrades with subprotocol {@code binary}
 * become {@link RtspWebSocket}s; anything else falls through (404). {@code ?rtspwssession=<token>}
 * (the player's retry after {@code rtspwssession.cgi}) is accepted and not checked yet: token
 * checking belongs to the accounts work.
 */
public final class RtspWebSocketRoute {

    public static final String PATH = "/rtsp-over-websocket";
    public static final String SUBPROTOCOL = "binary";
    /** Largest client message: RTSP requests are small (the decoder's own limits apply after). */
    static final long MAX_MESSAGE = 64 * 1024;

    private RtspWebSocketRoute() {
    }

    public static WebSocketUpgradeHandler handler(Server server, Supplier<RtspServer> rtsp) {
        return WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxBinaryMessageSize(MAX_MESSAGE);
            container.setMaxTextMessageSize(1024);
            container.setIdleTimeout(Duration.ofSeconds(120));
            container.addMapping(PATH, (request, response, callback) -> {
                // the browser offers "binary" and fails the handshake unless it is echoed
                if (request.getSubProtocols().contains(SUBPROTOCOL)) {
                    response.setAcceptedSubProtocol(SUBPROTOCOL);
                }
                return new RtspWebSocket(rtsp);
            });
        });
    }
}
