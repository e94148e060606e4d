package org.ptzcam.device.accounts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * RFC 7616 Digest, protocol-neutral (HTTP and RTSP both use it): MD5 and SHA-256, {@code qop=auth}
 * or no qop (RFC 2069, what RTSP clients answer when no qop is offered), nonces that expire
 * ({@code stale=true}), and replayed (nonce, nc, cnonce) triples refused. {@code -sess} algorithms,
 * {@code auth-int} and {@code userhash} are not supported (401).
 */
public final class DigestAuth {

    /** How long a nonce is accepted; then the client is told {@code stale=true} and retries. */
    public static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    /** A checked response: the account, or why it was refused. */
    sealed interface Verdict {
        record Ok(Account account) implements Verdict {
        }

        record Refused(String user, String reason, boolean stale) implements Verdict {
        }

        record Malformed(String reason) implements Verdict {
        }
    }

    private final Accounts accounts;
    private final Nonces nonces;
    private final ReplayWindow replays;

    public DigestAuth(Accounts accounts, Clock clock, java.security.SecureRandom random) {
        this.accounts = accounts;
        this.nonces = new Nonces(clock, random, NONCE_LIFETIME);
        this.replays = new ReplayWindow(clock, NONCE_LIFETIME.plusSeconds(5));
    }

    /** An HTTP-style challenge: realm, fresh nonce, algorithm and {@code qop="auth"}. */
    public String challenge(DigestAlgorithm algorithm, boolean stale) {
        return "Digest realm=\"" + accounts.realm() + "\", nonce=\"" + nonces.issue() + "\", algorithm="
                + algorithm.token() + ", qop=\"auth\"" + (stale ? ", stale=true" : "");
    }

    /**
     * The RTSP challenge in the one order Kane610's client can parse (realm, nonce, stale, no qop;
     * vapix.md §7.4). {@code algorithm} is added only for SHA-256 (absent means MD5).
     */
    public String rtspChallenge(DigestAlgorithm algorithm, boolean stale) {
        return "Digest realm=\"" + accounts.realm() + "\", nonce=\"" + nonces.issue() + "\", stale="
                + (stale ? "TRUE" : "FALSE") + (algorithm == DigestAlgorithm.MD5 ? "" : ", algorithm=" + algorithm.token());
    }

    /**
     * Checks the parameters of an {@code Authorization: Digest} header.
     *
     * @param paramText the header after {@code Digest }
     * @param method    the request method (part of HA2)
     * @param uriOk     whether the response's {@code uri} names the requested resource
     */
    Verdict verify(String paramText, String method, Predicate<String> uriOk) {
        Map<String, String> p;
        try {
            p = AuthParams.parse(paramText);
        } catch (AuthParams.MalformedException e) {
            return new Verdict.Malformed(e.getMessage());
        }
        Optional<String> user = userName(p);
        if (user.isEmpty()) {
            return new Verdict.Malformed("username missing or badly encoded");
        }
        String u = user.get();
        for (String required : new String[] {"realm", "nonce", "uri", "response"}) {
            if (!p.containsKey(required)) {
                return new Verdict.Malformed(required + " missing");
            }
        }
        String qop = p.get("qop");
        if (qop != null && !qop.equalsIgnoreCase("auth")) {
            return new Verdict.Refused(u, "qop " + qop + " is not supported", false);
        }
        if (qop != null && (!p.containsKey("nc") || !p.containsKey("cnonce") || !p.get("nc").matches("[0-9a-fA-F]{8}"))) {
            return new Verdict.Malformed("qop=auth needs nc (8 hex digits) and cnonce");
        }
        if ("true".equalsIgnoreCase(p.get("userhash"))) {
            return new Verdict.Refused(u, "userhash is not supported", false);
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(p.getOrDefault("algorithm", "MD5"));
        if (algorithm.isEmpty()) {
            return new Verdict.Refused(u, "algorithm " + p.get("algorithm") + " is not supported", false);
        }
        if (!accounts.realm().equals(p.get("realm"))) {
            return new Verdict.Refused(u, "wrong realm " + p.get("realm"), false);
        }
        if (!uriOk.test(p.get("uri"))) {
            return new Verdict.Refused(u, "uri " + p.get("uri") + " does not name the requested resource", false);
        }
        Nonces.State nonce = nonces.check(p.get("nonce"));
        if (nonce == Nonces.State.INVALID) {
            return new Verdict.Refused(u, "nonce not issued by this camera", false);
        }
        Optional<String> ha1 = accounts.ha1(u, algorithm.get());
        if (ha1.isEmpty()) {
            return new Verdict.Refused(u, "no such user", false);
        }
        DigestAlgorithm h = algorithm.get();
        String ha2 = h.hex(method + ":" + p.get("uri"));
        String expected = qop == null ? h.hex(ha1.get() + ":" + p.get("nonce") + ":" + ha2)
                : h.hex(ha1.get() + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                p.get("response").toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return new Verdict.Refused(u, "wrong password", false);
        }
        if (nonce == Nonces.State.STALE) {
            return new Verdict.Refused(u, "nonce expired", true);
        }
        if (qop != null && !replays.firstUse(p.get("nonce"), p.get("nc").toLowerCase(java.util.Locale.ROOT),
                p.get("cnonce"))) {
            return new Verdict.Refused(u, "replayed nonce count", false);
        }
        return accounts.find(u).<Verdict>map(Verdict.Ok::new)
                .orElse(new Verdict.Refused(u, "no such user", false));
    }

    /** {@code username}, or RFC 7616 {@code username*=UTF-8''percent-encoded} for non-ASCII names. */
    private static Optional<String> userName(Map<String, String> p) {
        String plain = p.get("username");
        String extended = p.get("username*");
        if (plain != null && extended != null) {
            return Optional.empty();
        }
        if (plain != null) {
            return Optional.of(plain);
        }
        if (extended == null || !extended.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            return Optional.empty();
        }
        try {
            return Optional.of(URLDecoder.decode(extended.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
