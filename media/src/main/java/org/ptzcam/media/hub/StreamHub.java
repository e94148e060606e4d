package org.ptzcam.media.hub;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fan-out of one encoded stream to many consumers. One producer (the encoder thread) publishes;
 * every subscriber has its own bounded queue ({@link Subscription}). The producer is started when
 * the first subscriber arrives and stopped when the last one leaves.
 */
public final class StreamHub {

    /** Starts and stops whatever feeds the hub (normally an encoder). */
    public interface Producer {
        void start(StreamHub hub);

        void stop();

        /** A new consumer needs a key frame soon; encoders force one. */
        default void keyframeWanted() {
        }
    }

    private final Producer producer;
    private final int queueCapacity;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();

    /** @param queueCapacity units a consumer may lag behind before it skips to the next key frame */
    public StreamHub(Producer producer, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1");
        }
        this.producer = producer;
        this.queueCapacity = queueCapacity;
    }

    public Subscription subscribe(Subscriber subscriber) {
        Subscription s = new Subscription(this, subscriber, queueCapacity);
        synchronized (lifecycle) {
            subscriptions.add(s);
            if (subscriptions.size() == 1) {
                producer.start(this);
            }
        }
        producer.keyframeWanted();
        return s;
    }

    /** A consumer lost its decoder state (or was asked to renew): the producer forces a key frame. */
    void keyframeWanted() {
        producer.keyframeWanted();
    }

    void unsubscribe(Subscription s) {
        synchronized (lifecycle) {
            if (subscriptions.remove(s) && subscriptions.isEmpty()) {
                producer.stop();
            }
        }
    }

    /**
     * Hands a unit to every subscriber. Takes over the caller's reference: the unit is released here
     * once every queue has retained its own.
     */
    public void publish(AccessUnit unit) {
        try {
            for (Subscription s : subscriptions) {
                if (s.offer(unit.retain())) {
                    s.subscriber().unitsAvailable();
                }
            }
        } finally {
            unit.release();
        }
    }

    /** Ends every subscription (each subscriber hears {@code streamEnded}) and stops the producer. */
    public void close() {
        List<Subscription> ending;
        synchronized (lifecycle) {
            ending = List.copyOf(subscriptions);
            if (!subscriptions.isEmpty()) {
                subscriptions.clear();
                producer.stop();
            }
        }
        ending.forEach(Subscription::end);
    }

    public int subscriberCount() {
        return subscriptions.size();
    }
}
