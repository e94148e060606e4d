package org.ptzcam.http.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.AuditLog;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.device.tls.CertificateStore;
import org.ptzcam.device.tls.UploadedIdentity;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/certificate} (administrators; vapix.md lists no certificate API, so this is ours):
 * {@code GET} describes the certificate in use; {@code POST {"certificate":PEM,"privateKey":PEM}}
 * checks and installs an uploaded one, and the HTTPS port serves it at once; {@code DELETE} goes
 * back to the camera's self-signed certificate. A refused upload answers 400 with the reason and
 * stores nothing.
 */
public final class CertificateApi extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(CertificateApi.class);
    /** Body limit: the PEM limit plus room for the JSON around it. */
    public static final int MAX_BODY_BYTES = UploadedIdentity.MAX_PEM_CHARS + 1024;

    private final ObjectMapper json;
    private final CertificateStore certificates;
    private final AuditLog audit;
    private final CallerAccess access;
    private final Clock clock;

    public CertificateApi(ObjectMapper json, CertificateStore certificates, AuditLog audit, CallerAccess access,
            Clock clock) {
        this.json = json;
        this.certificates = certificates;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Caller caller = access.callerOf(request);
        if (!caller.allows(AccessLevel.ADMIN)) {
            Replies.send(response, callback, 403, Replies.JSON, "{\"error\":\"administrators only\"}");
            return true;
        }
        String who = caller.user().orElse("");
        String address = Request.getRemoteAddr(request);
        if (HttpMethod.POST.is(request.getMethod())) {
            String body;
            UploadedIdentity identity;
            try {
                body = Replies.readBody(request, MAX_BODY_BYTES);
                JsonNode in = json.readTree(body);
                if (in == null || !in.isObject()) {
                    throw new UploadedIdentity.InvalidException("expected {\"certificate\":\"PEM\",\"privateKey\":\"PEM\"}");
                }
                identity = UploadedIdentity.parse(in.path("certificate").asText(""), in.path("privateKey").asText(""),
                        clock.instant());
            } catch (Replies.BodyTooLargeException e) {
                return refuse(response, callback, "upload larger than " + MAX_BODY_BYTES + " bytes", who, address);
            } catch (JacksonException e) {
                return refuse(response, callback, "malformed JSON", who, address);
            } catch (UploadedIdentity.InvalidException e) {
                return refuse(response, callback, e.getMessage(), who, address);
            }
            certificates.install(identity);
            audit.record("certificate-installed", who, address, certificates.certificate().getSubjectX500Principal().getName());
            ObjectNode out = describe(json, certificates);
            if (!identity.warning().isEmpty()) {
                out.put("warning", identity.warning());
            }
            Replies.send(response, callback, 200, Replies.JSON, json.writeValueAsString(out));
            return true;
        }
        if (HttpMethod.DELETE.is(request.getMethod())) {
            if (certificates.custom()) {
                certificates.revertToSelfSigned();
                audit.record("certificate-reverted", who, address, "back to the self-signed certificate");
            }
        } else if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            Replies.send(response, callback, 405, Replies.JSON, "{\"error\":\"use GET, POST or DELETE\"}");
            return true;
        }
        Replies.send(response, callback, 200, Replies.JSON, json.writeValueAsString(describe(json, certificates)));
        return true;
    }

    private boolean refuse(Response response, Callback callback, String why, String who, String address)
            throws JacksonException {
        log.info("certificate upload by {} from {} refused: {}", who, address, why);
        audit.record("certificate-refused", who, address, why);
        Replies.send(response, callback, 400, Replies.JSON,
                json.writeValueAsString(json.createObjectNode().put("error", why)));
        return true;
    }

    /** Subject, issuer, names, validity and fingerprint of the certificate in use (also in /api/security). */
    static ObjectNode describe(ObjectMapper json, CertificateStore certificates) {
        X509Certificate c = certificates.certificate();
        ObjectNode out = json.createObjectNode();
        out.put("source", certificates.custom() ? "uploaded" : "self-signed");
        out.put("subject", c.getSubjectX500Principal().getName());
        out.put("issuer", c.getIssuerX500Principal().getName());
        ArrayNode names = out.putArray("subjectAltNames");
        try {
            if (c.getSubjectAlternativeNames() != null) {
                for (List<?> name : c.getSubjectAlternativeNames()) {
                    // 2 = DNS name, 7 = IP address (RFC 5280 GeneralName tags)
                    String kind = switch ((Integer) name.get(0)) {
                        case 2 -> "DNS:";
                        case 7 -> "IP:";
                        default -> "";
                    };
                    names.add(kind + name.get(1));
                }
            }
        } catch (CertificateParsingException e) {
            names.add("(unreadable: " + e.getMessage() + ")");
        }
        out.put("notBefore", c.getNotBefore().toInstant().toString());
        out.put("notAfter", c.getNotAfter().toInstant().toString());
        out.put("keyAlgorithm", c.getPublicKey().getAlgorithm());
        out.put("chainLength", certificates.chain().size());
        try {
            out.put("sha256Fingerprint", HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded())));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            out.put("sha256Fingerprint", "");
        }
        return out;
    }
}
