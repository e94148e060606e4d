package org.ptzcam.media.pipeline;

import java.util.concurrent.atomic.AtomicInteger;
import org.ptzcam.codec.YuvFrame;

/**
 * A pooled frame read by several encoders at once. The capture loop fills it, hands a reference
 * to each encoder, and the last {@link #release()} returns it to its pool for the next capture.
 */
public final class SharedFrame {

    private final FramePool pool;
    private final AtomicInteger refs = new AtomicInteger();
    private volatile YuvFrame frame;
    private volatile long sceneTimeMillis;

    SharedFrame(FramePool pool, YuvFrame frame) {
        this.pool = pool;
        this.frame = frame;
    }

    /** The picture; valid while the caller holds a reference. */
    public YuvFrame frame() {
        return frame;
    }

    public long sceneTimeMillis() {
        return sceneTimeMillis;
    }

    void stamp(long captureNanos, long sceneTimeMillis) {
        this.frame = frame.withCaptureNanos(captureNanos);
        this.sceneTimeMillis = sceneTimeMillis;
    }

    void claim() {
        refs.set(1);
    }

    public SharedFrame retain() {
        if (refs.getAndIncrement() <= 0) {
            throw new IllegalStateException("retain of a free frame");
        }
        return this;
    }

    public void release() {
        int now = refs.decrementAndGet();
        if (now == 0) {
            pool.giveBack(this);
        } else if (now < 0) {
            throw new IllegalStateException("frame released more often than retained");
        }
    }
}
