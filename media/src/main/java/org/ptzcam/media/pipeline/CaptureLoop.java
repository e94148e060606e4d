package org.ptzcam.media.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.World;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "sensor": one thread that renders the world, applies the image stage and hands each frame
 * to every encoder. It runs only while some encoder needs frames, at the highest frame rate and the
 * smallest size that covers what they want — an idle camera costs no CPU.
 */
final class CaptureLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CaptureLoop.class);
    private static final int POOL_FRAMES = 6;

    private final World world;
    private final ImageStage image;
    private final FrameOverlay overlay;
    private final Supplier<ViewState> view;
    private final SceneClock clock;
    private final CaptureGeometry geometry;
    private final String name;
    private final List<FrameSink> sinks = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private Thread thread;
    private volatile boolean running;
    private volatile long captured;
    private volatile long skipped;

    CaptureLoop(World world, ImageStage image, FrameOverlay overlay, Supplier<ViewState> view, SceneClock clock,
            CaptureGeometry geometry, String name) {
        this.world = world;
        this.image = image;
        this.overlay = overlay;
        this.view = view;
        this.clock = clock;
        this.geometry = geometry;
        this.name = name;
    }

    void addSink(FrameSink sink) {
        synchronized (lifecycle) {
            sinks.add(sink);
            if (thread == null) {
                running = true;
                thread = Thread.ofPlatform().name("capture-" + name).daemon().start(this::run);
            }
        }
    }

    void removeSink(FrameSink sink) {
        Thread stopping = null;
        synchronized (lifecycle) {
            if (sinks.remove(sink) && sinks.isEmpty() && thread != null) {
                running = false;
                stopping = thread;
                thread = null;
            }
        }
        if (stopping != null && stopping != Thread.currentThread()) {
            LockSupport.unpark(stopping);
            joinQuietly(stopping);
        }
    }

    private void run() {
        FramePool pool = null;
        long next = System.nanoTime();
        while (running) {
            double fps = Math.min(geometry.maxFps(), sinks.stream().mapToDouble(FrameSink::wantedFps).max().orElse(1));
            long period = (long) (1e9 / fps);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            // A frame stands for its slot on the frame clock, not for the instant the loop woke: late
            // wake-ups would otherwise stamp two frames a fraction of a millisecond apart (a burst that
            // clients see as duplicate timestamps). Behind by more than a frame: skip the missed slots.
            long slot = next;
            long now = System.nanoTime();
            if (now - slot >= period) {
                slot = now - (now - slot) % period;
            }
            next = slot + period;
            int[] size = geometry.renderSizeFor(sinks.stream().mapToInt(FrameSink::wantedWidth).max().orElse(16),
                    sinks.stream().mapToInt(FrameSink::wantedHeight).max().orElse(16));
            if (pool == null || pool.width() != size[0] || pool.height() != size[1]) {
                pool = new FramePool(size[0], size[1], POOL_FRAMES);
            }
            SharedFrame frame = pool.acquire();
            if (frame == null) {
                skipped++;
                continue;
            }
            try {
                capture(frame, slot);
                for (FrameSink sink : sinks) {
                    sink.offer(frame.retain());
                }
                captured++;
            } catch (RuntimeException e) {
                log.error("capture failed; skipping frame", e);
            } finally {
                frame.release();
            }
        }
    }

    private void capture(SharedFrame frame, long nowNanos) {
        long sceneTime = clock.nowMillis();
        ViewState requested = view.get();
        ViewState rendered = image.viewToRender(requested, sceneTime);
        world.render(frame.frame(), rendered, sceneTime);
        image.process(frame.frame(), rendered, world.sceneLightLux(sceneTime), sceneTime);
        overlay.apply(frame.frame(), requested, captured, nowNanos);
        frame.stamp(nowNanos, sceneTime);
    }

    long captured() {
        return captured;
    }

    long skipped() {
        return skipped;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (FrameSink s : List.copyOf(sinks)) {
            removeSink(s);
        }
    }
}
