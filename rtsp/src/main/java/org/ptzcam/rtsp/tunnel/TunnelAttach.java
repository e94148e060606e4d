package org.ptzcam.rtsp.tunnel;

/** Gives a transport a full RTSP connection (implemented by {@code RtspServer#attach}). */
@FunctionalInterface
public interface TunnelAttach {

    /** @throws IllegalStateException if the RTSP server is not running */
    Tunnel attach(TunnelEndpoint endpoint);
}
