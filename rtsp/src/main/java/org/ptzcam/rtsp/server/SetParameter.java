package org.ptzcam.rtsp.server;

import org.ptzcam.rtsp.message.RtspRequest;
import org.ptzcam.rtsp.message.RtspResponse;
import org.ptzcam.rtsp.message.RtspStatus;

/**
 * SET_PARAMETER: a keep-alive when empty; {@code Renew-Stream: yes} (Axis) asks for a new key
 * frame with fresh parameter sets on the session's streams, as a client does after a decoder
 * error. Parameters in the body are not supported: 451 names them (RFC 2326 §10.9).
 */
final class SetParameter {

    private SetParameter() {
    }

    /** Acts on the request and gives the reply (200), or throws the error to answer. */
    static RtspResponse apply(RtspRequest r, Session session) throws RtspError {
        String body = r.bodyText().strip();
        if (!body.isEmpty()) {
            throw new RtspError(RtspStatus.PARAMETER_NOT_UNDERSTOOD, "parameters not supported: "
                    + body.lines().map(l -> l.split(":", 2)[0].strip()).toList());
        }
        if (r.header("Renew-Stream").filter(v -> v.strip().equalsIgnoreCase("yes")).isPresent()) {
            if (session == null) {
                throw new RtspError(RtspStatus.SESSION_NOT_FOUND, "Renew-Stream needs a Session header");
            }
            session.renewStream();
        }
        return RtspResponse.of(200);
    }
}
