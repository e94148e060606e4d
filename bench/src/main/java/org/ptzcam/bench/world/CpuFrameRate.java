package org.ptzcam.bench.world;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Frames per CPU-second of the rendering thread: what one core delivers, even when the machine
 * is shared and wall-clock throughput (what JMH reports) is diluted by other processes. Best of
 * five rounds, after warming up.
 */
final class CpuFrameRate {

    private CpuFrameRate() {
    }

    static double measure(String name, ViewState view, String isoTime) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        SimulatedWorld world = new SimulatedWorld(1);
        YuvFrame frame = YuvFrame.allocate(1920, 1080, 0);
        long time = Instant.parse(isoTime).toEpochMilli();
        for (int i = 0; i < 300; i++) {
            world.render(frame, view = WorldRender.next(name, view), time += 40);
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            int frames = 100;
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < frames; i++) {
                world.render(frame, view = WorldRender.next(name, view), time += 40);
            }
            best = Math.max(best, frames / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9));
        }
        return best;
    }
}
