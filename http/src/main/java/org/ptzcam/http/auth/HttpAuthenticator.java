package org.ptzcam.http.auth;

import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.accounts.AuthResult;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who every HTTP request comes from, once, in front of the router: browser session cookie
 * (with CSRF token on changes), Digest or Basic through the device's {@link CredentialService}, or
 * preview mode. Puts the {@link Caller} on the request ({@link CallerAccess#ATTRIBUTE}) or answers
 * 401 (with challenges), 400 (malformed Authorization), 403 (missing CSRF token) or 429 (back-off).
 */
public final class HttpAuthenticator extends Handler.Wrapper {

    private static final Logger log = LoggerFactory.getLogger(HttpAuthenticator.class);

    private final CredentialService credentials;
    private final BrowserSessions sessions;

    public HttpAuthenticator(CredentialService credentials, BrowserSessions sessions, Handler next) {
        super(next);
        this.credentials = credentials;
        this.sessions = sessions;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        AccessRules.Rule rule = AccessRules.of(path);
        Optional<BrowserSessions.Session> session = session(request);
        if (session.isPresent()) {
            Optional<Caller> caller = credentials.accounts().find(session.get().user()).map(a -> a.asCaller());
            if (caller.isPresent()) {
                if (changes(request) && rule != AccessRules.Rule.PUBLIC
                        && !session.get().csrf().equals(request.getHeaders().get(BrowserSessions.CSRF_HEADER))) {
                    log.warn("{} {} from {}: session cookie without the CSRF token", request.getMethod(), path,
                            Request.getRemoteAddr(request));
                    Replies.send(response, callback, 403, Replies.TEXT, "403 Forbidden: missing CSRF token\n");
                    return true;
                }
                return pass(request, response, callback, caller.get());
            }
        }
        String remote = Request.getRemoteAddr(request);
        AuthResult result = credentials.authenticate(new CredentialService.Request(CredentialService.Protocol.HTTP,
                request.getMethod(), request.getHttpURI().getPath(),
                Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)), remote, request.isSecure()));
        switch (result) {
            case AuthResult.Success s -> {
                return pass(request, response, callback, s.caller());
            }
            case AuthResult.Throttled t -> {
                log.warn("{} {} from {}: too many failed logins, retry after {} s", request.getMethod(), path, remote,
                        t.retryAfter().toSeconds());
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, t.retryAfter().toSeconds()));
                Replies.send(response, callback, 429, Replies.TEXT, "429 Too Many Requests: too many failed logins\n");
                return true;
            }
            case AuthResult.Malformed m -> {
                log.warn("{} {} from {}: malformed Authorization header: {}", request.getMethod(), path, remote,
                        m.reason());
                Replies.send(response, callback, 400, Replies.TEXT, "400 Bad Request: malformed Authorization header\n");
                return true;
            }
            case AuthResult.Rejected r -> {
                if (rule == AccessRules.Rule.PUBLIC) {
                    return pass(request, response, callback, Caller.ANONYMOUS);
                }
                if (!r.stale()) {
                    log.info("{} {} from {}: login refused: {}", request.getMethod(), path, remote, r.reason());
                }
                challenge(request, response, callback, r.stale());
                return true;
            }
            case AuthResult.Missing ignored -> {
                return anonymous(request, response, callback, rule);
            }
        }
    }

    private boolean anonymous(Request request, Response response, Callback callback, AccessRules.Rule rule)
            throws Exception {
        switch (rule) {
            case PUBLIC -> {
                return pass(request, response, callback, Caller.ANONYMOUS);
            }
            case SETUP -> {
                if (credentials.accounts().needsSetup()) {
                    return pass(request, response, callback, Caller.ANONYMOUS);
                }
            }
            case PREVIEW -> {
                if (credentials.preview().active()) {
                    return pass(request, response, callback, Caller.PREVIEW);
                }
            }
            case USER -> {
                // falls through to the challenge
            }
        }
        challenge(request, response, callback, false);
        return true;
    }

    private boolean pass(Request request, Response response, Callback callback, Caller caller) throws Exception {
        request.setAttribute(CallerAccess.ATTRIBUTE, caller);
        return super.handle(request, response, callback);
    }

    /** 401 with every challenge this connection may use (Digest first, Basic only where allowed). */
    private void challenge(Request request, Response response, Callback callback, boolean stale) {
        List<String> challenges = credentials.challenges(CredentialService.Protocol.HTTP, request.isSecure(), stale);
        for (String c : challenges) {
            response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, c);
        }
        String body = credentials.accounts().needsSetup()
                ? "401 Unauthorized: no account exists yet; open / in a browser to create the administrator account\n"
                : "401 Unauthorized\n";
        Replies.send(response, callback, 401, Replies.TEXT, body);
    }

    private Optional<BrowserSessions.Session> session(Request request) {
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie c : cookies) {
            if (BrowserSessions.COOKIE.equals(c.getName())) {
                return sessions.use(c.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean changes(Request request) {
        return !(HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod()));
    }
}
