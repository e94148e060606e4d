package org.ptzcam.http.rtsp;

import io.netty.buffer.ByteBuf;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.io.IOException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;

/**
 * The GET of an HTTP tunnel on a Jetty port: server→client bytes are written to the streamed
 * response one batch at a time (the next only after Jetty finished the previous, so a slow client
 * holds back the RTSP side, which skips to the next key frame). The response ends when the tunnel
 * does.
 */
final class JettyGetEndpoint implements TunnelEndpoint {

    private final Request request;
    private final Response response;
    private final Callback done;
    private boolean writing;
    private boolean closing;
    private boolean finished;
    private ByteBuf queuedData;
    private volatile Tunnel tunnel;
    private Runnable queuedWritten;

    JettyGetEndpoint(Request request, Response response, Callback done) {
        this.request = request;
        this.response = response;
        this.done = done;
    }

    @Override
    public InetSocketAddress localAddress() {
        return inet(request.getConnectionMetaData().getLocalSocketAddress());
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return inet(request.getConnectionMetaData().getRemoteSocketAddress());
    }

    static InetSocketAddress inet(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i : new InetSocketAddress(0);
    }

    /** The tunnel this GET carries; a failed write ends it. */
    void tunnel(Tunnel t) {
        this.tunnel = t;
    }

    /** Sends the response head (status and headers) before any tunnel bytes. */
    void commit(Runnable then) {
        synchronized (this) {
            writing = true;
        }
        response.write(false, ByteBuffer.allocate(0), Callback.from(() -> written(then), this::failed));
    }

    @Override
    public void send(ByteBuf data, Runnable written) {
        synchronized (this) {
            if (finished || closing) {
                data.release();
                return;
            }
            if (writing) {
                // the head is still on its way (the RTSP side sends one batch at a time, so this is the only one)
                queuedData = data;
                queuedWritten = written;
                return;
            }
            writing = true;
        }
        write(data, written);
    }

    private void write(ByteBuf data, Runnable written) {
        // one copy for a composite batch; Jetty then owns nothing of ours
        ByteBuffer bytes = data.nioBuffer();
        response.write(false, bytes, Callback.from(() -> {
            data.release();
            written(written);
        }, failure -> {
            data.release();
            failed(failure);
        }));
    }

    private void written(Runnable next) {
        boolean end;
        ByteBuf queued;
        Runnable queuedDone;
        synchronized (this) {
            queued = queuedData;
            queuedDone = queuedWritten;
            queuedData = null;
            queuedWritten = null;
            end = closing && !finished;
            if (end) {
                finished = true;
            }
            writing = queued != null && !end;
        }
        if (end) {
            if (queued != null) {
                queued.release();
            }
            response.write(true, ByteBuffer.allocate(0), done);
            return;
        }
        next.run();
        if (queued != null) {
            write(queued, queuedDone); // chained from Jetty's callback, which allows the next write
        }
    }

    private void failed(Throwable failure) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            if (queuedData != null) {
                queuedData.release();
                queuedData = null;
            }
        }
        done.failed(failure);
        Tunnel t = tunnel;
        if (t != null) {
            t.close(); // its RTSP connection and sessions end with the GET
        }
    }

    @Override
    public void close() {
        boolean endNow;
        synchronized (this) {
            if (finished || closing) {
                return;
            }
            closing = true;
            endNow = !writing;
            if (endNow) {
                finished = true;
            }
        }
        if (endNow) {
            response.write(true, ByteBuffer.allocate(0), done); // EOF ends the unsized response
        }
    }

    /**
     * Watches the GET connection for the client's close. Jetty reads nothing while a response is
     * being produced, so a client that leaves an idle tunnel (after TEARDOWN) would otherwise only
     * be noticed at the idle timeout. The connection is {@code Connection: close}, so the bytes
     * read here (none are expected) belong to no later request.
     */
    void watchForClose(Runnable onClose) {
        EndPoint ep = request.getConnectionMetaData().getConnection().getEndPoint();
        ep.tryFillInterested(Callback.from(() -> {
            ByteBuffer scratch = BufferUtil.allocate(512);
            try {
                if (ep.fill(scratch) < 0) {
                    onClose.run();
                    return;
                }
            } catch (IOException e) {
                onClose.run();
                return;
            }
            watchForClose(onClose);
        }, failure -> onClose.run()));
    }

    /** The client went away (or Jetty gave up on it) without a write noticing. */
    void abort(Throwable cause) {
        failed(cause == null ? new EofException("tunnel client gone") : cause);
    }
}
