package org.ptzcam.rtsp.server;

/** A request the server answers with an error status; the message becomes the reason/body. */
final class RtspError extends Exception {

    private final int status;

    RtspError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
