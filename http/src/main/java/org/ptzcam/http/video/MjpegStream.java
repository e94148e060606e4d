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
 * One MJPEG viewer: writes each JPEG of its subscription as a multipart part, one write at a time,
 * without holding a thread. A viewer that stops reading only fills its own bounded queue, which then
 * skips frames; it never slows the encoder or other viewers.
 *
 * <p>Each part is {@code --myboundary CRLF Content-Type CRLF Content-Length CRLF CRLF <jpeg> CRLF};
 * the CRLF after a JPEG is sent in front of the next delimiter so the JPEG itself goes out as a
 * read-only view of the shared buffer, without a copy.
 */
final class MjpegStream implements Subscriber {

    static final String BOUNDARY = "myboundary";
    private static final Logger log = LoggerFactory.getLogger(MjpegStream.class);

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
    MjpegStream(Response response, Callback done, long maxFrames, long durationSeconds) {
        this.response = response;
        this.done = done;
        this.maxFrames = maxFrames;
        this.endNanos = durationSeconds > 0 ? System.nanoTime() + durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
    }

    void attach(Subscription s) {
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
        String head = (sent == 0 ? "" : "\r\n") + "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
                + unit.size() + "\r\n\r\n";
        sent++;
        response.write(false, ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)), Callback.from(
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
            log.debug("MJPEG viewer gone after {} frames: {}", sent, failure.toString());
            done.failed(failure);
        } else {
            response.write(true, ByteBuffer.wrap("\r\n".getBytes(StandardCharsets.US_ASCII)), done);
        }
    }
}
