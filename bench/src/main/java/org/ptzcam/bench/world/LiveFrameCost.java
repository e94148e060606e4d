package org.ptzcam.bench.world;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * CPU milliseconds per 1080p frame of a 30 frames/s sequence, as a live camera renders: views held
 * still (PTZ idle, the common case) and one panning 3°/s. Best of five 3 s rounds after warm-up.
 */
public final class LiveFrameCost {

    private LiveFrameCost() {
    }

    public static void main(String[] args) {
        String noon = "2025-06-21T12:00:00Z";
        measure("street", ViewState.of(0, 0, 1), noon, 0);
        measure("plaza", ViewState.of(180, -25, 1), noon, 0);
        measure("tele", ViewState.of(90, -5, 30), noon, 0);
        measure("dusk", ViewState.of(0, 0, 1), "2025-06-21T18:20:00Z", 0);
        measure("night", ViewState.of(0, 0, 1), "2025-06-21T23:30:00Z", 0);
        measure("panning", ViewState.of(0, 0, 1), noon, 0.1);
    }

    static void measure(String name, ViewState view, String isoTime, double panPerFrame) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        SimulatedWorld world = new SimulatedWorld(1);
        YuvFrame frame = YuvFrame.allocate(1920, 1080, 0);
        long t0 = Instant.parse(isoTime).toEpochMilli();
        int n = 0;
        for (; n < 300; n++) {
            world.render(frame, pan(view, panPerFrame * n), t0 + n * 1000L / 30);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 90; i++, n++) {
                world.render(frame, pan(view, panPerFrame * n), t0 + n * 1000L / 30);
            }
            best = Math.min(best, (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / 90);
        }
        System.out.printf("1080p30 %-8s %6.2f ms CPU per frame%n", name, best);
    }

    private static ViewState pan(ViewState v, double deg) {
        return deg == 0 ? v : ViewState.of(v.panDeg() + deg, v.tiltDeg(), v.zoom());
    }
}
