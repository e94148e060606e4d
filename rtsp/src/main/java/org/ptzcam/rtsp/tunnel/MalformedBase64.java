package org.ptzcam.rtsp.tunnel;

/** A POST body of an HTTP tunnel held a character that is not base64. */
public final class MalformedBase64 extends Exception {
    public MalformedBase64(String message) {
        super(message, null, false, false);
    }
}
