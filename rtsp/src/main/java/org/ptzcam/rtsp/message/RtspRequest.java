package org.ptzcam.rtsp.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One RTSP request as the client sent it.
 *
 * @param method  e.g. {@code DESCRIBE}, case kept as sent (RTSP methods are case-sensitive)
 * @param uri     the request-URI: an absolute {@code rtsp://} URL or {@code *}
 * @param version e.g. {@code RTSP/1.0}; {@code HTTP/1.x} lines are decoded too (tunnel requests)
 * @param headers the header fields in arrival order
 * @param body    the Content-Length bytes after the headers, empty if none
 */
public record RtspRequest(String method, String uri, String version, RtspHeaders headers, byte[] body) {

    public RtspRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    public static RtspRequest of(String method, String uri, String... headers) {
        return new RtspRequest(method, uri, "RTSP/1.0", RtspHeaders.of(headers), new byte[0]);
    }

    /** The CSeq header as sent, if any. */
    public Optional<String> cseq() {
        return headers.get("CSeq").map(String::strip);
    }

    public Optional<String> header(String name) {
        return headers.get(name);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtspRequest r && r.method.equals(method) && r.uri.equals(uri) && r.version.equals(version)
                && r.headers.equals(headers) && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, version, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + uri + " " + version + " " + headers.fields() + " body=" + body.length + "B";
    }
}
