package org.ptzcam.http.auth;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.device.accounts.WebSocketTokens;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;

/**
 * {@code /axis-cgi/wssession.cgi} (event WebSocket) and {@code /axis-cgi/rtspwssession.cgi}
 * (RTSP over WebSocket), vapix.md §1.2: a logged-in viewer or better gets a one-time token as plain
 * text, valid 15 s, to put on the WebSocket URL. Any query (the player adds a cache-buster) is ignored.
 */
public final class WebSocketSessionCgi extends Handler.Abstract {

    public static final String EVENTS_PATH = "/axis-cgi/wssession.cgi";
    public static final String RTSP_PATH = "/axis-cgi/rtspwssession.cgi";

    private final CredentialService credentials;
    private final CallerAccess access;

    public WebSocketSessionCgi(CredentialService credentials, CallerAccess access) {
        this.credentials = credentials;
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Caller caller = access.callerOf(request);
        if (!caller.authenticated() || !caller.allows(AccessLevel.VIEWER)) {
            Replies.send(response, callback, 403, Replies.TEXT, "403 Forbidden: log in to get a WebSocket token\n");
            return true;
        }
        WebSocketTokens.Kind kind = RTSP_PATH.equals(Request.getPathInContext(request))
                ? WebSocketTokens.Kind.RTSP : WebSocketTokens.Kind.EVENTS;
        Replies.send(response, callback, 200, Replies.TEXT, credentials.issueWebSocketToken(kind, caller));
        return true;
    }
}
