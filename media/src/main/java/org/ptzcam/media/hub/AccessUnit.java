package org.ptzcam.media.hub;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 *
 * <p>A consumer format may attach one derived form of the payload ({@link #derived}), made once and
 * shared by every consumer that asks with the same key — RTP payloads cut once for all sessions
 * instead of once per session. It is closed when the unit is freed.
 */
public final class AccessUnit {

    private final ByteBuffer data;
    private final long pts90k;
    private final long captureNanos;
    private final boolean keyframe;
    private final Runnable onFree;
    private final AtomicInteger refs = new AtomicInteger(1);
    private volatile Object derivedKey;
    private volatile Object derived;

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

    /**
     * The payload in a consumer's form, made by {@code make} on the first call with this key and
     * shared by later calls with an equal key. A unit keeps one derived form: a call with another
     * key gets null and makes its own. The caller must hold a reference to the unit; the derived
     * form lives until the unit is freed (then closed if it is {@link AutoCloseable}), so whoever
     * needs it longer retains its own share of it.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ByteBuffer, T> make) {
        Object k = derivedKey;
        if (k == null) {
            synchronized (this) {
                if (derivedKey == null) {
                    derived = make.apply(payload());
                    derivedKey = key;
                    return (T) derived;
                }
                k = derivedKey;
            }
        }
        return k.equals(key) ? (T) derived : null;
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
            closeDerived();
            onFree.run();
        } else if (now < 0) {
            throw new IllegalStateException("released more often than retained");
        }
    }

    public int refCount() {
        return refs.get();
    }

    private void closeDerived() {
        Object d;
        synchronized (this) {
            d = derived;
            derived = null;
        }
        if (d instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot free the derived form of an access unit", e);
            }
        }
    }
}
