package org.ptzcam.media.hub;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One encoded picture (or audio frame) shared by every consumer of a stream without copying.
 *
 * <p>Reference counted: the hub holds one reference while publishing and gives each queue entry its
 * own; a consumer calls {@link #release()} once it has written the unit. When the count reaches zero
 * the {@code onFree} action runs once (returning a pooled buffer, for example). Consumers read the
 * payload through {@link #payload()}, a read-only view with its own position, so concurrent writers
 * never disturb each other.
 *
 * <p>Units of a video stream are published in decoding order; {@link #pts90k()} is the presentation
 * time (what RTP carries), which goes back for B-frames ("optimize for storage"), and
 * {@link #captureNanos()} is the capture time of the picture the unit shows.
 */
public final class AccessUnit {

    private final ByteBuffer data;
    private final long pts90k;
    private final long captureNanos;
    private final boolean keyframe;
    private final Runnable onFree;
    private final AtomicInteger refs = new AtomicInteger(1);

    public AccessUnit(ByteBuffer data, long pts90k, long captureNanos, boolean keyframe, Runnable onFree) {
        this.data = data.asReadOnlyBuffer();
        this.pts90k = pts90k;
        this.captureNanos = captureNanos;
        this.keyframe = keyframe;
        this.onFree = onFree;
    }

    /** A unit whose memory the garbage collector reclaims. */
    public static AccessUnit of(byte[] bytes, long pts90k, long captureNanos, boolean keyframe) {
        return new AccessUnit(ByteBuffer.wrap(bytes), pts90k, captureNanos, keyframe, () -> { });
    }

    /** A fresh read-only view of the whole payload. */
    public ByteBuffer payload() {
        if (refs.get() <= 0) {
            throw new IllegalStateException("access unit used after release");
        }
        return data.duplicate();
    }

    public int size() {
        return data.remaining();
    }

    public long pts90k() {
        return pts90k;
    }

    public long captureNanos() {
        return captureNanos;
    }

    public boolean keyframe() {
        return keyframe;
    }

    /** Takes another reference; fails if the unit was already freed. */
    public AccessUnit retain() {
        int before = refs.getAndUpdate(n -> n <= 0 ? n : n + 1);
        if (before <= 0) {
            throw new IllegalStateException("retain after free");
        }
        return this;
    }

    /** Drops one reference; the last one frees the unit. */
    public void release() {
        int now = refs.decrementAndGet();
        if (now == 0) {
            onFree.run();
        } else if (now < 0) {
            throw new IllegalStateException("released more often than retained");
        }
    }

    public int refCount() {
        return refs.get();
    }
}
