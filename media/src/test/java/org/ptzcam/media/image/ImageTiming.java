package org.ptzcam.media.image;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Per-frame cost of {@link ImageProcessor#process} at 1080p (or {@code WIDTHxHEIGHT}) on one
 * thread (wall and thread CPU time), for the common day case and the expensive ones: {@code ImageTiming [WxH] [frames]}.
 * A measurement to read, not a test: it prints milliseconds per frame.
 */
public final class ImageTiming {

    private ImageTiming() {
    }

    public static void main(String[] args) {
        int w = 1920, h = 1080, frames = 300;
        if (args.length > 0) {
            w = Integer.parseInt(args[0].substring(0, args[0].indexOf('x')));
            h = Integer.parseInt(args[0].substring(args[0].indexOf('x') + 1));
        }
        if (args.length > 1) {
            frames = Integer.parseInt(args[1]);
        }
        ImageAdjustments d = ImageAdjustments.defaults();
        ViewState down = ViewState.of(0, -30, 1);
        time("day, defaults", d, w, h, frames, down, ImageRig.NOON);
        time("dusk, defaults (gain, noise, blend)", d, w, h, frames, down, ImageRig.DUSK);
        time("night, defaults (IR, noise, blend)", d.withDayNight(DayNightMode.NIGHT, 50), w, h, frames, down,
                ImageRig.NIGHT);
        time("day, sharpness 100", d.withSharpness(100), w, h, frames, down, ImageRig.NOON);
        time("day, stabilization", d.withStabilization(true), w, h, frames, down, ImageRig.NOON);
    }

    private static void time(String name, ImageAdjustments adj, int w, int h, int frames, ViewState view, long t) {
        SimulatedWorld world = new SimulatedWorld(1);
        YuvFrame render = YuvFrame.allocate(w, h, 0);
        world.render(render, view, t);
        double lux = world.sceneLightLux(t);
        YuvFrame work = YuvFrame.allocate(w, h, 0);
        ImageProcessor p = new ImageProcessor(adj, 30, 1);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0, cpu = 0;
        int warmup = frames / 2;
        for (int i = 0; i < warmup + frames; i++) {
            FrameStats.copyInto(render, work);
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            p.process(work, view, lux, t + i * 33L);
            if (i >= warmup) {
                total += System.nanoTime() - t0;
                cpu += threads.getCurrentThreadCpuTime() - c0;
            }
        }
        ImageStatus s = p.status();
        System.out.printf("%-38s %dx%d  %5.2f ms/frame wall  %5.2f ms CPU   (%s%s, %.1f ms, %.1f dB)%n", name, w, h,
                total / 1e6 / frames, cpu / 1e6 / frames, s.night() ? "night" : "day", s.irOn() ? "+IR" : "",
                s.exposureMs(), s.gainDb());
    }
}
