package org.ptzcam.http.rtsp;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.rtsp.server.RtspServer;
import org.ptzcam.rtsp.tunnel.HttpHead;
import org.ptzcam.rtsp.tunnel.HttpTunnels;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RTSP over HTTP on the HTTP/HTTPS ports ({@code GET}/{@code POST /axis-media/media.amp} with
 * {@code x-sessioncookie}, vapix.md §7.5): the GET becomes an unsized {@code
 * application/x-rtsp-tunnelled} response carrying RTSP replies and interleaved RTP; each POST's
 * base64 body is read as it arrives and fed to the same RTSP connection. Pairing and limits are
 * the RTSP server's ({@link HttpTunnels}), shared with the RTSP port. Requests without a cookie are
 * not ours (404 from the router).
 *
 * <p>Tunnel connections get a longer idle timeout than CGIs: a POST may be silent between
 * keep-alives (ffmpeg sends one every 30 s) and a paused GET writes nothing.
 */
public final class RtspOverHttpHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(RtspOverHttpHandler.class);
    /** Idle timeout of tunnel GET/POST connections (RTSP's own 60 s session timeout ends idle tunnels first). */
    static final Duration IDLE = Duration.ofSeconds(120);

    private final Supplier<RtspServer> rtsp;

    public RtspOverHttpHandler(Supplier<RtspServer> rtsp) {
        super(InvocationType.NON_BLOCKING);
        this.rtsp = rtsp;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String cookie = request.getHeaders().get(HttpHead.COOKIE);
        boolean get = HttpMethod.GET.is(request.getMethod());
        if (cookie == null || (!get && !HttpMethod.POST.is(request.getMethod()))) {
            return false;
        }
        RtspServer server = rtsp.get();
        HttpTunnels tunnels = server == null ? null : server.httpTunnels();
        if (tunnels == null) {
            Response.writeError(request, response, callback, 503, "RTSP is not running");
            return true;
        }
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(IDLE.toMillis());
        try {
            if (get) {
                get(tunnels, cookie, request, response, callback);
            } else {
                post(tunnels.openPost(cookie), request, response, callback);
            }
        } catch (TunnelRefused r) {
            LOG.info("HTTP tunnel {} {} from {} refused: {}", cookie, request.getMethod(),
                    request.getConnectionMetaData().getRemoteSocketAddress(), r.getMessage());
            Response.writeError(request, response, callback, r.status(), r.getMessage());
        }
        return true;
    }

    private void get(HttpTunnels tunnels, String cookie, Request request, Response response, Callback callback)
            throws TunnelRefused {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpHead.TUNNELLED);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
        // no Content-Length and not persistent: the body runs until the tunnel ends (no chunked
        // coding, which QuickTime-style clients would not strip)
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        JettyGetEndpoint endpoint = new JettyGetEndpoint(request, response, callback);
        Tunnel tunnel = tunnels.openGet(cookie, endpoint);
        endpoint.tunnel(tunnel);
        request.addFailureListener(endpoint::abort);
        // the RTSP side writes nothing before the first request (which needs a POST), but be sure
        // the head goes first: the endpoint refuses nothing, it just orders the writes
        endpoint.commit(() -> endpoint.watchForClose(() -> endpoint.abort(null)));
        LOG.debug("HTTP tunnel {} GET from {}", cookie, request.getConnectionMetaData().getRemoteSocketAddress());
    }

    private void post(HttpTunnels.PostStream stream, Request request, Response response, Callback callback) {
        new PostReader(stream, request, response, callback).read();
    }

    /** Reads one POST body chunk at a time, the next once the RTSP side consumed the previous. */
    private static final class PostReader {
        private final HttpTunnels.PostStream stream;
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean finished = new AtomicBoolean();

        PostReader(HttpTunnels.PostStream stream, Request request, Response response, Callback callback) {
            this.stream = stream;
            this.request = request;
            this.response = response;
            this.callback = callback;
            stream.whenTunnelClosed(() -> finish(new org.eclipse.jetty.io.EofException("tunnel closed")));
        }

        void read() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    finish(chunk.getFailure()); // the client closed the POST early: normal for this protocol
                    return;
                }
                boolean last = chunk.isLast();
                int n = chunk.remaining();
                if (n > 0) {
                    io.netty.buffer.ByteBuf copy = Unpooled.buffer(n);
                    copy.writeBytes(chunk.getByteBuffer());
                    chunk.release();
                    if (!stream.write(copy, ByteBufAllocator.DEFAULT, last ? () -> finish(null) : this::read)) {
                        finish(new IllegalArgumentException("tunnel gone or body not base64"));
                    }
                    return; // continues when the RTSP side has consumed the bytes
                }
                chunk.release();
                if (last) {
                    finish(null);
                    return;
                }
            }
        }

        private void finish(Throwable failure) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            if (failure == null) {
                // the body ended (its Content-Length reached): the POST gets an empty answer, the tunnel goes on
                response.setStatus(200);
                response.write(true, null, callback);
            } else {
                callback.failed(failure);
            }
        }
    }
}
