package org.ptzcam.rtsp.tunnel;

import io.netty.buffer.ByteBuf;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The transport side of a tunnelled RTSP connection (HTTP tunnel GET, WebSocket…): it carries
 * server→client bytes and says when it has taken them, which is the backpressure signal. The
 * RTSP side hands it at most one batch at a time and waits for {@code written} before the next.
 */
public interface TunnelEndpoint {

    /** The camera's address as the client reached it (goes into the SDP and RTCP CNAME). */
    InetSocketAddress localAddress();

    InetSocketAddress remoteAddress();

    /**
     * Sends server→client bytes. Takes ownership of {@code data} (release it when done). Calls
     * {@code written} once the transport accepted the bytes and can take more; on failure it
     * does not call it but closes the tunnel instead. May be called from any thread.
     */
    void send(ByteBuf data, Runnable written);

    /**
     * True if every {@link #send} becomes one message on the wire (WebSocket) and the client
     * parses messages, not a byte stream: then an RTSP response is always sent alone and
     * interleaved frames never share a message with one. media-stream-library takes everything
     * after a response's head in the same message as its body.
     */
    default boolean messageFramed() {
        return false;
    }

    /**
     * True if this is the web client: the browser's player in the camera's web interface, which
     * reaches RTSP over WebSocket (media-stream-library). Its streams never get B-frames: Zipstream's
     * "optimize for storage" does not apply to the stream shown in the web client, and only works
     * for video management software that supports B-frames (camera manual, Reduce bandwidth and
     * storage).
     */
    default boolean webClient() {
        return false;
    }

    /** Ends the transport (idempotent): the RTSP side closed or failed. */
    void close();

    /**
     * Seam for the accounts work: the user the transport already authenticated (HTTP auth on the
     * tunnel GET or WebSocket upgrade), if any. RTSP-level auth may skip its own challenge for it
     * ({@code Network.RTSP.AuthenticateOverHTTP=no} on Axis).
     */
    default Optional<String> authenticatedUser() {
        return Optional.empty();
    }
}
