package org.ptzcam.rtsp.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import org.ptzcam.device.accounts.AuthResult;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.rtsp.message.RtspRequest;
import org.ptzcam.rtsp.message.RtspResponse;
import org.ptzcam.rtsp.message.RtspStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RTSP authentication through the device's {@link CredentialService}: Digest (MD5 and SHA-256,
 * RFC 2069 answers included, as ffmpeg, GStreamer and Kane610 send them) and Basic where allowed.
 * OPTIONS needs no credentials (keep-alives of Kane610's event client carry none, vapix.md §7.4);
 * in preview mode media needs none either. Refusals: 401 with challenges, 400 for a malformed
 * Authorization header, 503 with {@code Retry-After} during the back-off after failed logins.
 */
final class RtspAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(RtspAuthenticator.class);

    private final CredentialService credentials;

    RtspAuthenticator(CredentialService credentials) {
        this.credentials = credentials;
    }

    /** The refusal to send instead of handling {@code r}, or empty when the request may go on. */
    Optional<RtspResponse> refusal(RtspRequest r, SocketAddress remote) {
        if (r.method().equals("OPTIONS")) {
            return Optional.empty();
        }
        String address = remote instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : String.valueOf(remote);
        AuthResult result = credentials.authenticate(new CredentialService.Request(CredentialService.Protocol.RTSP,
                r.method(), pathOf(r.uri()), r.header("Authorization"), address, false));
        return switch (result) {
            case AuthResult.Success s -> Optional.empty();
            // preview mode (manual): the installer sees the camera view without login
            case AuthResult.Missing m when credentials.preview().active() -> Optional.empty();
            case AuthResult.Missing m -> Optional.of(challenge(false));
            case AuthResult.Rejected no -> {
                if (!no.stale()) {
                    LOG.info("RTSP {} from {}: login refused: {}", r.method(), address, no.reason());
                }
                yield Optional.of(challenge(no.stale()));
            }
            case AuthResult.Malformed bad -> {
                LOG.warn("RTSP {} from {}: malformed Authorization header: {}", r.method(), address, bad.reason());
                yield Optional.of(RtspResponse.of(RtspStatus.BAD_REQUEST).withBody("text/plain",
                        "malformed Authorization header\r\n"));
            }
            case AuthResult.Throttled t -> {
                LOG.warn("RTSP {} from {}: too many failed logins", r.method(), address);
                yield Optional.of(RtspResponse.of(RtspStatus.SERVICE_UNAVAILABLE)
                        .withHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())))
                        .withBody("text/plain", "too many failed logins\r\n"));
            }
        };
    }

    private RtspResponse challenge(boolean stale) {
        RtspResponse r = RtspResponse.of(RtspStatus.UNAUTHORIZED);
        for (String c : credentials.challenges(CredentialService.Protocol.RTSP, false, stale)) {
            r = r.withHeader("WWW-Authenticate", c);
        }
        return r;
    }

    /** The path of an RTSP request-URI ({@code *} stays {@code *}). */
    static String pathOf(String uri) {
        String rest = uri;
        int scheme = rest.indexOf("://");
        if (scheme > 0) {
            int slash = rest.indexOf('/', scheme + 3);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }
}
