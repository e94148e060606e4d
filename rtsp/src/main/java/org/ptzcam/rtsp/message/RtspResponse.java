package org.ptzcam.rtsp.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One RTSP response. The encoder adds {@code Content-Length} when there is a body.
 *
 * @param status  status code, e.g. 200 or 454
 * @param reason  reason phrase, e.g. {@code OK}
 * @param headers header fields in output order (CSeq first, as clients expect)
 * @param body    body bytes, empty if none
 */
public record RtspResponse(int status, String reason, RtspHeaders headers, byte[] body) {

    public RtspResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must have three digits: " + status);
        }
        Objects.requireNonNull(reason, "reason");
        if (reason.indexOf('\r') >= 0 || reason.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("reason phrase must be one line");
        }
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    /** A response with the standard reason phrase and no headers. */
    public static RtspResponse of(int status) {
        return new RtspResponse(status, RtspStatus.reason(status), RtspHeaders.empty(), new byte[0]);
    }

    public RtspResponse withHeader(String name, String value) {
        return new RtspResponse(status, reason, headers.with(name, value), body);
    }

    public RtspResponse withReason(String newReason) {
        return new RtspResponse(status, newReason, headers, body);
    }

    /** The body with its Content-Type. */
    public RtspResponse withBody(String contentType, byte[] newBody) {
        return new RtspResponse(status, reason, headers.replacing("Content-Type", contentType), newBody);
    }

    public RtspResponse withBody(String contentType, String text) {
        return withBody(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtspResponse r && r.status == status && r.reason.equals(reason)
                && r.headers.equals(headers) && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RTSP/1.0 " + status + " " + reason + " " + headers.fields() + " body=" + body.length + "B";
    }
}
