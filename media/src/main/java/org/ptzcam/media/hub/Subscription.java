package org.ptzcam.media.hub;

import java.util.ArrayDeque;

/**
 * One consumer's bounded queue on a {@link StreamHub}. When the queue is full the consumer has
 * fallen behind: everything queued is dropped and it waits for the next key frame, so a slow
 * reader loses pictures but never slows the encoder or other consumers.
 */
public final class Subscription implements AutoCloseable {

    private final StreamHub hub;
    private final Subscriber subscriber;
    private final int capacity;
    private final ArrayDeque<AccessUnit> queue;
    private boolean waitingForKeyframe = true;
    private boolean closed;
    private long delivered;
    private long dropped;

    Subscription(StreamHub hub, Subscriber subscriber, int capacity) {
        this.hub = hub;
        this.subscriber = subscriber;
        this.capacity = capacity;
        this.queue = new ArrayDeque<>(capacity);
    }

    /** Called by the hub with a unit it has retained for this queue. Returns whether to notify. */
    synchronized boolean offer(AccessUnit unit) {
        if (closed) {
            unit.release();
            return false;
        }
        if (waitingForKeyframe && !unit.keyframe()) {
            dropped++;
            unit.release();
            return false;
        }
        waitingForKeyframe = false;
        if (queue.size() >= capacity) {
            dropped += queue.size() + 1;
            clearQueue();
            unit.release();
            waitingForKeyframe = true;
            return false;
        }
        queue.addLast(unit);
        return true;
    }

    Subscriber subscriber() {
        return subscriber;
    }

    /** The next unit to write, or null. The caller owns it and must {@link AccessUnit#release()} it. */
    public synchronized AccessUnit poll() {
        AccessUnit unit = queue.pollFirst();
        if (unit != null) {
            delivered++;
        }
        return unit;
    }

    public synchronized int queued() {
        return queue.size();
    }

    /** Units handed to the consumer so far. */
    public synchronized long delivered() {
        return delivered;
    }

    /** Units skipped because the consumer was behind or joined between key frames. */
    public synchronized long dropped() {
        return dropped;
    }

    private void clearQueue() {
        AccessUnit u;
        while ((u = queue.pollFirst()) != null) {
            u.release();
        }
    }

    /** The hub ends this subscription: queued units are released and the subscriber is told. */
    void end() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            clearQueue();
        }
        subscriber.streamEnded();
    }

    /** Asks the producer for a key frame soon (encoders limit how often they honour this). */
    public void requestKeyframe() {
        hub.keyframeWanted();
    }

    /** Leaves the stream; queued units are released. The last subscriber leaving stops the producer. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            clearQueue();
        }
        hub.unsubscribe(this);
    }
}
