package org.ptzcam.device.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ptzcam.device.settings.SecuritySettings;

/**
 * The one place that decides who a request comes from, for every face (HTTP, RTSP, tunnels):
 * Digest and Basic against {@link Accounts}, the per-address back-off, the audit log of logins and
 * the challenges to send. Faces only translate headers in and statuses out.
 */
public final class CredentialService {

    /** Longest Authorization header accepted; longer ones are malformed (400). */
    public static final int MAX_HEADER_LENGTH = 4096;

    /** Which face asks: decides the challenge style and how {@code uri} is compared. */
    public enum Protocol { HTTP, RTSP }

    /**
     * The parts of a request that authentication needs.
     *
     * @param path          the request's path, as sent (no scheme, host or query)
     * @param authorization the Authorization header, if any
     * @param address       the client's IP address (back-off and audit)
     * @param encrypted     over TLS (Basic is allowed there)
     */
    public record Request(Protocol protocol, String method, String path, Optional<String> authorization,
            String address, boolean encrypted) {
    }

    private final Accounts accounts;
    private final DigestAuth digest;
    private final BruteForceGuard guard;
    private final AuditLog audit;
    private final PreviewMode preview;
    private final Supplier<SecuritySettings> settings;
    private final WebSocketTokens webSocketTokens;

    public CredentialService(Accounts accounts, DigestAuth digest, BruteForceGuard guard, AuditLog audit,
            PreviewMode preview, Supplier<SecuritySettings> settings, WebSocketTokens webSocketTokens) {
        this.webSocketTokens = webSocketTokens;
        this.accounts = accounts;
        this.digest = digest;
        this.guard = guard;
        this.audit = audit;
        this.preview = preview;
        this.settings = settings;
    }

    public Accounts accounts() {
        return accounts;
    }

    public PreviewMode preview() {
        return preview;
    }

    public AuditLog audit() {
        return audit;
    }

    /** True when Basic may be used on this connection (always over TLS; in clear only if allowed). */
    public boolean basicAllowed(boolean encrypted) {
        return encrypted || settings.get().basicOverUnencrypted();
    }

    /** Checks the request's credentials. Never throws for bad input. */
    public AuthResult authenticate(Request r) {
        if (r.authorization().isEmpty() || r.authorization().get().isBlank()) {
            return new AuthResult.Missing();
        }
        String header = r.authorization().get().strip();
        Optional<Duration> wait = guard.waitFor(r.address());
        if (wait.isPresent()) {
            return new AuthResult.Throttled(wait.get());
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            return fail(r, "", new AuthResult.Malformed("Authorization header longer than " + MAX_HEADER_LENGTH));
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String rest = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Digest")) {
            return digest(r, rest);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(r, rest);
        }
        return fail(r, "", new AuthResult.Rejected("unsupported scheme " + clip(scheme), false));
    }

    private AuthResult digest(Request r, String params) {
        DigestAuth.Verdict v = digest.verify(params, r.method(), uri -> uriMatches(r, uri));
        return switch (v) {
            case DigestAuth.Verdict.Ok ok -> success(r, ok.account(), "Digest");
            case DigestAuth.Verdict.Refused no when no.stale() -> new AuthResult.Rejected(no.reason(), true);
            case DigestAuth.Verdict.Refused no -> fail(r, no.user(), new AuthResult.Rejected(no.reason(), false));
            case DigestAuth.Verdict.Malformed m -> fail(r, "", new AuthResult.Malformed(m.reason()));
        };
    }

    private AuthResult basic(Request r, String token) {
        BasicAuth.Credentials c;
        try {
            c = BasicAuth.decode(token);
        } catch (BasicAuth.MalformedException e) {
            return fail(r, "", new AuthResult.Malformed(e.getMessage()));
        }
        if (!basicAllowed(r.encrypted())) {
            return fail(r, c.user(), new AuthResult.Rejected("Basic is not allowed on an unencrypted connection", false));
        }
        return accounts.verifyPassword(c.user(), c.password())
                .map(a -> success(r, a, "Basic"))
                .orElseGet(() -> fail(r, c.user(), new AuthResult.Rejected("wrong user name or password", false)));
    }

    /** Browser-page login with a clear password (over the page's own form); same back-off and audit. */
    public AuthResult login(String user, String password, String address, boolean encrypted) {
        Request r = new Request(Protocol.HTTP, "POST", "/api/login", Optional.of("form"), address, encrypted);
        Optional<Duration> wait = guard.waitFor(address);
        if (wait.isPresent()) {
            return new AuthResult.Throttled(wait.get());
        }
        return accounts.verifyPassword(user, password).map(a -> success(r, a, "page"))
                .orElseGet(() -> fail(r, user == null ? "" : user,
                        new AuthResult.Rejected("wrong user name or password", false)));
    }

    /**
     * {@code wssession.cgi} / {@code rtspwssession.cgi}: a one-time token for the authenticated
     * {@code caller} to open a WebSocket of that kind within {@link WebSocketTokens#LIFETIME}.
     */
    public String issueWebSocketToken(WebSocketTokens.Kind kind, Caller caller) {
        String user = caller.user().orElseThrow(() -> new IllegalArgumentException("tokens are for logged-in users"));
        return webSocketTokens.issue(kind, user);
    }

    /**
     * The WebSocket upgrade with {@code ?wssession=} / {@code ?rtspwssession=}: the caller the token
     * was issued to (its account as it is now), or Rejected (unknown, used, expired, other kind,
     * account removed since) which counts as a failed login for the back-off, or Throttled.
     */
    public AuthResult redeemWebSocketToken(String token, WebSocketTokens.Kind kind, String address) {
        Optional<Duration> wait = guard.waitFor(address);
        if (wait.isPresent()) {
            return new AuthResult.Throttled(wait.get());
        }
        Request r = new Request(Protocol.HTTP, "GET", kind == WebSocketTokens.Kind.RTSP ? "rtspwssession" : "wssession",
                Optional.of("token"), address, false);
        Optional<Account> account = webSocketTokens.redeem(kind, token).flatMap(accounts::find);
        return account.map(a -> success(r, a, "WebSocket token"))
                .orElseGet(() -> fail(r, "", new AuthResult.Rejected("unknown, used or expired WebSocket token", false)));
    }

    /** The WWW-Authenticate values for a 401, in the order clients should see them. */
    public List<String> challenges(Protocol protocol, boolean encrypted, boolean stale) {
        List<String> out = new ArrayList<>();
        boolean sha256First = settings.get().sha256First();
        // MD5 alone by default: Kane610 takes the first Digest challenge, ffmpeg the last, and both speak only MD5
        List<DigestAlgorithm> order = sha256First ? List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5)
                : List.of(DigestAlgorithm.MD5);
        for (DigestAlgorithm a : order) {
            out.add(protocol == Protocol.HTTP ? digest.challenge(a, stale) : digest.rtspChallenge(a, stale));
        }
        if (basicAllowed(encrypted)) {
            out.add("Basic realm=\"" + accounts.realm() + "\"");
        }
        return out;
    }

    private AuthResult success(Request r, Account a, String how) {
        guard.succeeded(r.address());
        audit.login(a.name(), r.address(), r.protocol() + " " + how);
        return new AuthResult.Success(a.asCaller());
    }

    private AuthResult fail(Request r, String user, AuthResult result) {
        Duration wait = guard.failed(r.address());
        String why = result instanceof AuthResult.Rejected rej ? rej.reason()
                : result instanceof AuthResult.Malformed m ? "malformed: " + m.reason() : result.toString();
        audit.record("login-failed", clip(user), r.address(), r.protocol() + " " + r.method() + " " + clip(r.path())
                + ": " + why + (wait.isZero() ? "" : "; back-off " + wait.toSeconds() + " s"));
        return result;
    }

    /**
     * HTTP: the path of {@code uri} must be the request's path (clients differ on the query, so it
     * is not compared; vapix.md §1.2). RTSP: one path must contain the other, because clients
     * answer a SETUP on a track URL with the aggregate URL they first asked for (vapix.md §7.4).
     */
    private static boolean uriMatches(Request r, String uri) {
        String path = pathOf(uri);
        if (r.protocol() == Protocol.HTTP) {
            return path.equals(r.path());
        }
        return uri.equals("*") || r.path().startsWith(path) || path.startsWith(r.path());
    }

    static String pathOf(String uri) {
        String rest = uri;
        int scheme = rest.indexOf("://");
        if (scheme > 0 && scheme < 8) {
            int slash = rest.indexOf('/', scheme + 3);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    private static String clip(String s) {
        String oneLine = s.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() <= 64 ? oneLine : oneLine.substring(0, 64) + "…";
    }
}
