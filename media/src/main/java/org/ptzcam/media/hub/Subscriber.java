package org.ptzcam.media.hub;

/**
 * A consumer of a stream: RTSP session, MJPEG client, recorder. It never blocks the publisher:
 * {@link #unitsAvailable()} only schedules the consumer's own drain (on its event loop), which then
 * calls {@link Subscription#poll()} until it returns null or the socket is not writable.
 */
@FunctionalInterface
public interface Subscriber {

    /** Called on the publishing thread after units were queued; must return quickly. */
    void unitsAvailable();

    /** The stream is gone for good (the pipeline restarted or stopped); no more units will come. */
    default void streamEnded() {
    }
}
