package org.ptzcam.rtsp.tunnel;

import io.netty.buffer.ByteBuf;

/** The RTSP side of a tunnel: a full RTSP connection fed with the client's bytes. */
public interface Tunnel {

    /**
     * Client→server bytes (RTSP requests, {@code $} interleaved RTCP), in order. Takes ownership
     * of {@code data}; calls {@code processed} once they were consumed, so the transport reads
     * the next chunk only then (bounded memory whatever the client sends). Any thread.
     */
    void receive(ByteBuf data, Runnable processed);

    /** Ends the RTSP connection: its sessions end, the endpoint is closed. Idempotent. */
    void close();

    boolean isOpen();

    /** Runs {@code action} once the tunnel closed (at once if it already has). */
    void whenClosed(Runnable action);
}
