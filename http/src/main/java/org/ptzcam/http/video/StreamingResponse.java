package org.ptzcam.http.video;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live HTTP viewer or listener: writes each unit of its subscription, framed, one write at a
 * time, without holding a thread. A client that stops reading only fills its own bounded queue,
 * which then skips to the next key frame; it never slows the encoder or other clients.
 *
 * <p>Each unit goes out as two writes: the framing prefix, then the unit itself as a read-only view
 * of the shared buffer, without a copy.
 */
public final class StreamingResponse implements Subscriber {

    /** How units are framed on the wire. */
    public interface Framing {
        /** Bytes written before unit number {@code index} (0-based). */
        byte[] prefix(AccessUnit unit, long index);

        /** Bytes written when the stream ends normally. */
        default byte[] trailer() {
            return new byte[0];
        }
    }

    /**
     * MJPEG parts: {@code --myboundary CRLF Content-Type CRLF Content-Length CRLF CRLF <jpeg> CRLF};
     * the CRLF after a JPEG is sent in front of the next delimiter.
     */
    public static final Framing MJPEG = new Framing() {
        @Override
        public byte[] prefix(AccessUnit unit, long index) {
            return ((index == 0 ? "" : "\r\n") + "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
                    + unit.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public byte[] trailer() {
            return "\r\n".getBytes(StandardCharsets.US_ASCII);
        }
    };

    public static final String BOUNDARY = "myboundary";
    private static final Logger log = LoggerFactory.getLogger(StreamingResponse.class);

    private final Framing framing;

    private final Response response;
    private final Callback done;
    private final long maxFrames;
    private final long endNanos;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile Subscription subscription;
    private volatile boolean ended;
    private long sent;

    /**
     * @param maxFrames stop after this many frames (0 = no limit)
     * @param durationSeconds stop after this long (0 = no limit)
     */
    public StreamingResponse(Response response, Callback done, Framing framing, long maxFrames,
            long durationSeconds) {
        this.response = response;
        this.framing = framing;
        this.done = done;
        this.maxFrames = maxFrames;
        this.endNanos = durationSeconds > 0 ? System.nanoTime() + durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
    }

    public void attach(Subscription s) {
        this.subscription = s;
        wake();
    }

    @Override
    public void unitsAvailable() {
        wake();
    }

    /** The pipeline restarted (new capture mode) or stopped: end the response cleanly. */
    @Override
    public void streamEnded() {
        ended = true;
        if (writing.compareAndSet(false, true)) {
            finish(null);  // no write in flight; otherwise the chain ends at its next step
        }
    }

    /** Starts a drain unless one is running. */
    void wake() {
        if (subscription != null && !finished.get() && writing.compareAndSet(false, true)) {
            writeNext();
        }
    }

    private void writeNext() {
        if (ended) {
            finish(null);
            return;
        }
        AccessUnit unit = subscription.poll();
        if (unit == null) {
            writing.set(false);
            if (subscription.queued() > 0 || ended) {
                if (writing.compareAndSet(false, true)) {
                    writeNext();  // a unit or the end arrived between poll and set: don't strand it
                }
            }
            return;
        }
        if ((maxFrames > 0 && sent >= maxFrames) || System.nanoTime() >= endNanos) {
            unit.release();
            finish(null);
            return;
        }
        byte[] head = framing.prefix(unit, sent);
        sent++;
        response.write(false, ByteBuffer.wrap(head), Callback.from(
                () -> response.write(false, unit.payload(), Callback.from(() -> {
                    unit.release();
                    writeNext();
                }, failure -> {
                    unit.release();
                    finish(failure);
                })),
                failure -> {
                    unit.release();
                    finish(failure);
                }));
    }

    /** Ends the stream once: leaves the hub and completes the HTTP exchange. */
    void finish(Throwable failure) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        Subscription s = subscription;
        if (s != null) {
            s.close();
        }
        if (failure != null) {
            log.debug("streaming client gone after {} units: {}", sent, failure.toString());
            done.failed(failure);
        } else {
            response.write(true, ByteBuffer.wrap(framing.trailer()), done);
        }
    }
}
