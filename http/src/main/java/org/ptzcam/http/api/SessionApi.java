package org.ptzcam.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.AccountException;
import org.ptzcam.device.accounts.AuthResult;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.http.auth.BrowserSessions;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first page's JSON API (all public; documented in the http README):
 * {@code GET /api/state}, {@code POST /api/setup} {user,password} (first administrator, once),
 * {@code POST /api/login} {user,password}, {@code POST /api/logout}. Setup and login answer with
 * the session cookie and the CSRF token the page must send back in {@code X-CSRF-Token}.
 */
public final class SessionApi extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(SessionApi.class);

    private final ObjectMapper json;
    private final CredentialService credentials;
    private final BrowserSessions sessions;
    private final CallerAccess access;
    private final int maxBodyBytes;

    public SessionApi(ObjectMapper json, CredentialService credentials, BrowserSessions sessions, CallerAccess access,
            int maxBodyBytes) {
        this.json = json;
        this.credentials = credentials;
        this.sessions = sessions;
        this.access = access;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals("/api/state")) {
            send(response, callback, 200, state(access.callerOf(request)));
            return true;
        }
        if (!HttpMethod.POST.is(request.getMethod())) {
            send(response, callback, 405, error("use POST"));
            return true;
        }
        switch (path) {
            case "/api/logout" -> {
                Request.getCookies(request).stream().filter(c -> c.getName().equals(BrowserSessions.COOKIE))
                        .forEach(c -> sessions.end(c.getValue()));
                response.getHeaders().add(HttpHeader.SET_COOKIE, BrowserSessions.COOKIE + "=; Path=/; Max-Age=0");
                send(response, callback, 200, json.createObjectNode());
            }
            case "/api/setup", "/api/login" -> credentials(request, response, callback, path.equals("/api/setup"));
            default -> Replies.notFound(response, callback);
        }
        return true;
    }

    private void credentials(Request request, Response response, Callback callback, boolean setup) throws Exception {
        String user;
        String password;
        try {
            JsonNode body = json.readTree(Replies.readBody(request, maxBodyBytes));
            user = body.path("user").asText("");
            password = body.path("password").asText("");
        } catch (Exception e) {
            send(response, callback, 400, error("send JSON {\"user\":…, \"password\":…}"));
            return;
        }
        String address = Request.getRemoteAddr(request);
        if (setup) {
            try {
                credentials.accounts().createFirstAdmin(user, password, AccessLevel.ADMIN, true, "");
                credentials.audit().record("first-admin", user, address, "web page");
            } catch (AccountException e) {
                log.warn("first administrator from {} refused: {}", address, e.getMessage());
                int status = e.reason() == AccountException.Reason.SETUP_DONE ? 409 : 400;
                send(response, callback, status, error(e.getMessage()));
                return;
            }
            login(response, callback, user, request.isSecure());
            return;
        }
        AuthResult result = credentials.login(user, password, address, request.isSecure());
        switch (result) {
            case AuthResult.Success s -> login(response, callback, user, request.isSecure());
            case AuthResult.Throttled t -> {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, t.retryAfter().toSeconds()));
                send(response, callback, 429, error("too many failed logins; try again in "
                        + Math.max(1, t.retryAfter().toSeconds()) + " s"));
            }
            default -> send(response, callback, 401, error("wrong user name or password"));
        }
    }

    private void login(Response response, Callback callback, String user, boolean secure)
            throws Exception {
        BrowserSessions.Session s = sessions.create(user);
        response.getHeaders().add(HttpHeader.SET_COOKIE, BrowserSessions.COOKIE + "=" + s.id()
                + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
        ObjectNode out = state(credentials.accounts().find(user).map(a -> a.asCaller()).orElse(Caller.ANONYMOUS));
        out.put("csrfToken", s.csrf());
        send(response, callback, 200, out);
    }

    private ObjectNode state(Caller caller) {
        ObjectNode out = json.createObjectNode();
        out.put("needsSetup", credentials.accounts().needsSetup());
        out.put("previewSecondsLeft", credentials.preview().secondsLeft());
        caller.user().ifPresent(u -> out.put("user", u));
        out.put("role", caller.level().name().toLowerCase(java.util.Locale.ROOT));
        out.put("ptz", caller.hasPtz());
        return out;
    }

    private ObjectNode error(String message) {
        ObjectNode out = json.createObjectNode();
        out.put("error", message);
        return out;
    }

    private void send(Response response, Callback callback, int status, JsonNode body) throws Exception {
        Replies.send(response, callback, status, Replies.JSON, json.writeValueAsString(body));
    }

}
