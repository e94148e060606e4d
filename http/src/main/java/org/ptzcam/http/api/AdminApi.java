package org.ptzcam.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.accounts.Account;
import org.ptzcam.device.accounts.AuditEntry;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;

/**
 * Administrator-only read endpoints for the page: {@code GET /api/accounts} (accounts and roles),
 * {@code GET /api/security} (what is reachable without a password, HTTPS and preview state) and
 * {@code GET /api/audit?limit=N} (newest first). Changes go through pwdgrp.cgi and param.cgi.
 */
public final class AdminApi extends Handler.Abstract {

    private final ObjectMapper json;
    private final DeviceModel device;
    private final CallerAccess access;
    private final IntSupplier httpPort;
    private final IntSupplier httpsPort;

    /** The ports are -1 while the HTTPS policy keeps them closed. */
    public AdminApi(ObjectMapper json, DeviceModel device, CallerAccess access, IntSupplier httpPort,
            IntSupplier httpsPort) {
        this.httpsPort = httpsPort;
        this.json = json;
        this.device = device;
        this.access = access;
        this.httpPort = httpPort;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!access.callerOf(request).allows(AccessLevel.ADMIN)) {
            Replies.send(response, callback, 403, Replies.JSON, "{\"error\":\"administrators only\"}");
            return true;
        }
        CredentialService c = device.credentials();
        Object body = switch (Request.getPathInContext(request)) {
            case "/api/accounts" -> accounts(c);
            case "/api/audit" -> audit(c, request);
            default -> security(c);
        };
        Replies.send(response, callback, 200, Replies.JSON, json.writeValueAsString(body));
        return true;
    }

    private ArrayNode accounts(CredentialService c) {
        ArrayNode out = json.createArrayNode();
        for (Account a : c.accounts().list()) {
            out.addObject().put("user", a.name()).put("role", a.role().name().toLowerCase(Locale.ROOT))
                    .put("ptz", a.ptz()).put("comment", a.comment());
        }
        return out;
    }

    private ArrayNode audit(CredentialService c, Request request) {
        int limit = 200;
        String q = request.getHttpURI().getQuery();
        if (q != null && q.matches("limit=\\d{1,4}")) {
            limit = Integer.parseInt(q.substring(6));
        }
        ArrayNode out = json.createArrayNode();
        for (AuditEntry e : c.audit().recent(limit)) {
            out.addObject().put("id", e.id()).put("at", e.at().toString()).put("kind", e.kind()).put("user", e.user())
                    .put("address", e.address()).put("detail", e.detail());
        }
        return out;
    }

    /** The security overview (issue 5 item 7): what answers without a password, and the state of HTTPS and accounts. */
    private ObjectNode security(CredentialService c) {
        ObjectNode out = json.createObjectNode();
        var net = device.settings().network();
        var sec = device.settings().security();
        var visca = device.settings().visca();
        ObjectNode https = out.putObject("https");
        https.put("policy", sec.httpsPolicy().id());
        https.put("redirectHttpToHttps", net.redirectHttpToHttps());
        https.put("httpPort", httpPort.getAsInt());
        https.put("httpsPort", httpsPort.getAsInt());
        https.put("protocols", "TLSv1.2, TLSv1.3");
        ObjectNode certificate = CertificateApi.describe(json, device.certificates());
        https.set("certificate", certificate);
        https.put("certificateSubject", certificate.path("subject").asText());
        https.put("certificateExpires", certificate.path("notAfter").asText());
        ObjectNode auth = out.putObject("authentication");
        auth.put("basicOverUnencrypted", sec.basicOverUnencrypted());
        auth.put("digestAlgorithms", device.settings().get(org.ptzcam.device.settings.SecuritySettings.DIGEST_ALGORITHMS));
        auth.put("realm", c.accounts().realm());
        out.put("accounts", c.accounts().list().size());
        out.put("administrators", c.accounts().list().stream().filter(a -> a.role() == AccessLevel.ADMIN).count());
        out.put("previewSecondsLeft", c.preview().secondsLeft());
        ArrayNode open = out.putArray("reachableWithoutPassword");
        open.add("HTTP(S) / and /ui/* (the first page), /axis-cgi/systemready.cgi, /api/state, /api/login, /api/logout");
        if (c.accounts().needsSetup()) {
            open.add("/axis-cgi/pwdgrp.cgi action=add and /api/setup: create the first administrator");
        }
        if (c.preview().active()) {
            open.add("preview mode: live view (MJPEG, JPEG, RTSP), image settings (param.cgi ImageSource.I0.*),"
                    + " focus, zoom and PTZ (ptz.cgi) until the first administrator is created");
        }
        open.add("RTSP OPTIONS (keep-alive; no media)");
        // live ports: they include this run's --visca-ip flags, which are never stored
        var viscaIp = device.runtime().port(org.ptzcam.device.runtime.RuntimeInfo.VISCA_IP);
        if (viscaIp.isPresent()) {
            // the manual's warning: VISCA has no authentication at all
            var raw = device.runtime().port(org.ptzcam.device.runtime.RuntimeInfo.VISCA_RAW);
            open.add("VISCA over IP: full camera control on UDP " + viscaIp.getAsInt()
                    + (raw.isPresent() ? " and " + raw.getAsInt() : "")
                    + " (VISCA has no password; disable VISCA.IP.Enabled or firewall these ports)");
        }
        if (visca.serialEnabled()) {
            open.add("VISCA over serial on " + visca.serialDevice() + " (physical access)");
        }
        return out;
    }
}
