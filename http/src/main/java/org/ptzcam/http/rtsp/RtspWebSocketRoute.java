package org.ptzcam.http.rtsp;

import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.ptzcam.device.accounts.AuthResult;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.device.accounts.WebSocketTokens;
import org.ptzcam.rtsp.server.RtspServer;

/**
 * The {@code /rtsp-over-websocket} route: WebSocket upgrades with subprotocol {@code binary}
 * become {@link RtspWebSocket}s; anything else falls through (404). With {@code ?rtspwssession=<token>}
 * (issued by {@code rtspwssession.cgi} to a logged-in user, vapix.md §1.2) the socket is logged in
 * as that user and the RTSP inside needs no credentials; a bad or spent token gets 401. Without a
 * token the RTSP requests inside authenticate themselves, as on the RTSP port.
 */
public final class RtspWebSocketRoute {

    public static final String PATH = "/rtsp-over-websocket";
    public static final String SUBPROTOCOL = "binary";
    /** Largest client message: RTSP requests are small (the decoder's own limits apply after). */
    static final long MAX_MESSAGE = 64 * 1024;

    private RtspWebSocketRoute() {
    }

    public static WebSocketUpgradeHandler handler(Server server, Supplier<RtspServer> rtsp,
            CredentialService credentials) {
        return WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxBinaryMessageSize(MAX_MESSAGE);
            container.setMaxTextMessageSize(1024);
            container.setIdleTimeout(Duration.ofSeconds(120));
            container.addMapping(PATH, (request, response, callback) -> {
                // the browser offers "binary" and fails the handshake unless it is echoed
                if (request.getSubProtocols().contains(SUBPROTOCOL)) {
                    response.setAcceptedSubProtocol(SUBPROTOCOL);
                }
                String token = Request.extractQueryParameters(request).getValue("rtspwssession");
                if (token == null) {
                    return new RtspWebSocket(rtsp, Optional.empty());
                }
                AuthResult result = credentials.redeemWebSocketToken(token, WebSocketTokens.Kind.RTSP,
                        Request.getRemoteAddr(request));
                if (result instanceof AuthResult.Success s && s.caller().user().isPresent()) {
                    return new RtspWebSocket(rtsp, s.caller().user());
                }
                Response.writeError(request, response, callback, 401, "rtspwssession token unknown, spent or expired");
                return null;
            });
        });
    }
}
