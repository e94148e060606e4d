package org.ptzcam.media.pipeline;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.World;

/**
 * A camera's video: world → view → image stage → one encoder per distinct stream → hubs. Consumers
 * subscribe with a {@link VideoStreamConfig}; the capture loop and the encoders run only while
 * someone is subscribed.
 */
public final class VideoPipeline implements AutoCloseable {

    /** Units a consumer may lag behind before it skips to the next key frame. */
    public static final int QUEUE_CAPACITY = 30;

    private final CaptureLoop capture;
    private final StreamRegistry registry;
    private final CaptureGeometry geometry;

    public VideoPipeline(World world, ImageStage image, Supplier<ViewState> view, SceneClock clock,
            CaptureGeometry geometry, String name, int encoderThreads) {
        this(world, image, FrameOverlay.none(), view, clock, geometry, name, encoderThreads);
    }

    /** A pipeline whose frames pass the overlay stage after the image stage. */
    public VideoPipeline(World world, ImageStage image, FrameOverlay overlay, Supplier<ViewState> view,
            SceneClock clock, CaptureGeometry geometry, String name, int encoderThreads) {
        this.geometry = geometry;
        this.capture = new CaptureLoop(world, image, overlay, view, clock, geometry, name);
        this.registry = new StreamRegistry(capture, QUEUE_CAPACITY, encoderThreads);
    }

    public CaptureGeometry geometry() {
        return geometry;
    }

    /** Joins a stream; the first unit delivered is a key frame. Close the subscription to leave. */
    public Subscription subscribe(VideoStreamConfig config, Subscriber subscriber) {
        return registry.subscribe(config, subscriber);
    }

    /**
     * One encoded picture of the stream (for snapshots), or null if none arrived in time.
     * The caller releases it.
     */
    public AccessUnit snapshot(VideoStreamConfig config, Duration timeout) throws InterruptedException {
        BlockingQueue<Boolean> signal = new ArrayBlockingQueue<>(1);
        try (Subscription s = subscribe(config, () -> signal.offer(Boolean.TRUE))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                AccessUnit unit = s.poll();
                if (unit != null) {
                    return unit;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || signal.poll(left, TimeUnit.NANOSECONDS) == null && s.queued() == 0) {
                    return null;
                }
            }
        }
    }

    /** Streams with at least one consumer right now. */
    public int activeEncoders() {
        return registry.activeEncoders();
    }

    public long capturedFrames() {
        return capture.captured();
    }

    @Override
    public void close() {
        registry.close();
        capture.close();
    }
}
