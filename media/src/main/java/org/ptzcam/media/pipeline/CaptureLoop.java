package org.ptzcam.media.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.World;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "sensor": one thread that renders the world, applies the image stage and hands each frame
 * to every encoder. It runs only while some encoder needs frames, at the highest frame rate and the
 * smallest size that covers what they want — an idle camera costs no CPU.
 *
 * <p>Rotation and overlays: for each distinct rotation the encoders want, the clean frame is
 * turned once into a frame of that pool and the overlays are drawn on it upright; the unturned
 * frame gets its overlays last (after every turn has read it clean). So a capture costs at most
 * one turn and one overlay pass per distinct rotation (four at most), however many streams run.
 */
final class CaptureLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CaptureLoop.class);
    private static final int POOL_FRAMES = 6;
    private static final int[] TURNS = {90, 180, 270};

    private final World world;
    private final ImageStage image;
    private final FrameOverlay overlay;
    private final Supplier<ViewState> view;
    private final SceneClock clock;
    private final CaptureGeometry geometry;
    private final String name;
    private final List<FrameSink> sinks = new CopyOnWriteArrayList<>();
    /** Pools of turned frames by rotation (index rotation / 90); capture thread only. */
    private final FramePool[] turnedPools = new FramePool[4];
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
        List<FrameSink> now = List.copyOf(sinks);
        for (int degrees : TURNS) {
            if (wanted(now, degrees)) {
                deliverTurned(frame.frame(), degrees, now, requested, nowNanos, sceneTime);
            }
        }
        if (wanted(now, 0)) {
            overlay.apply(frame.frame(), new FrameOverlay.Context(requested, captured, nowNanos, 0, bitrateOf(now, 0)));
            frame.stamp(nowNanos, sceneTime);
            for (FrameSink sink : now) {
                if (sink.rotation() == 0) {
                    sink.offer(frame.retain());
                }
            }
        }
    }

    /** Turns the clean frame once for every sink of this rotation, overlays it upright and hands it on. */
    private void deliverTurned(YuvFrame clean, int degrees, List<FrameSink> now, ViewState requested,
            long nowNanos, long sceneTime) {
        int w = FrameRotation.rotatedWidth(clean.width(), clean.height(), degrees);
        int h = FrameRotation.rotatedHeight(clean.width(), clean.height(), degrees);
        FramePool pool = turnedPools[degrees / 90];
        if (pool == null || pool.width() != w || pool.height() != h) {
            pool = new FramePool(w, h, POOL_FRAMES);
            turnedPools[degrees / 90] = pool;
        }
        SharedFrame turned = pool.acquire();
        if (turned == null) {
            skipped++; // its encoders still hold every frame: they keep the last one they got
            return;
        }
        try {
            FrameRotation.rotate(clean, degrees, turned.frame());
            overlay.apply(turned.frame(), new FrameOverlay.Context(requested, captured, nowNanos, degrees,
                    bitrateOf(now, degrees)));
            turned.stamp(nowNanos, sceneTime);
            for (FrameSink sink : now) {
                if (sink.rotation() == degrees) {
                    sink.offer(turned.retain());
                }
            }
        } finally {
            turned.release();
        }
    }

    private static boolean wanted(List<FrameSink> now, int degrees) {
        for (FrameSink s : now) {
            if (s.rotation() == degrees) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code #b} of a picture that feeds several streams: the highest bitrate among them, so with
     * one stream it is that stream's own; negative while none has run for a second.
     */
    private static double bitrateOf(List<FrameSink> now, int degrees) {
        double max = -1;
        for (FrameSink s : now) {
            if (s.rotation() == degrees) {
                max = Math.max(max, s.bitrateKbps());
            }
        }
        return max;
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
