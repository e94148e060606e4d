package org.ptzcam.rtsp.tunnel;

/** An HTTP tunnel request that cannot be served: the HTTP status and why, for the reply and the log. */
public final class TunnelRefused extends Exception {

    private final int status;

    public TunnelRefused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    /** HTTP status to answer with (400, 404, 503). */
    public int status() {
        return status;
    }
}
