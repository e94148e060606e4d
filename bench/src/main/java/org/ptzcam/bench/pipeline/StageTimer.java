package org.ptzcam.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.World;

/**
 * Wraps the world and the image stage so the live pipeline reports how much CPU each costs on the
 * capture thread (thread CPU time around every call; two clock reads per call, nothing else).
 */
final class StageTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final AtomicLong worldNanos = new AtomicLong();
    final AtomicLong imageNanos = new AtomicLong();
    final AtomicLong frames = new AtomicLong();

    World world(World inner) {
        return new World() {
            @Override
            public void render(YuvFrame out, ViewState view, long sceneTimeMillis) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                inner.render(out, view, sceneTimeMillis);
                worldNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
                frames.incrementAndGet();
            }

            @Override
            public double sceneLightLux(long sceneTimeMillis) {
                return inner.sceneLightLux(sceneTimeMillis);
            }
        };
    }

    ImageStage image(ImageStage inner) {
        return new ImageStage() {
            @Override
            public ViewState viewToRender(ViewState requested, long sceneTimeMillis) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                ViewState v = inner.viewToRender(requested, sceneTimeMillis);
                imageNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
                return v;
            }

            @Override
            public void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                inner.process(frame, rendered, sceneLux, sceneTimeMillis);
                imageNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
            }
        };
    }

    /** The counters now, to subtract. */
    long[] snapshot() {
        return new long[] {worldNanos.get(), imageNanos.get(), frames.get()};
    }
}
