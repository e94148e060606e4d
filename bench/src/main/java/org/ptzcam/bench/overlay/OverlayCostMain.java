package org.ptzcam.bench.overlay;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.ptzcam.bench.pipeline.Args;
import org.ptzcam.bench.pipeline.FfmpegCli;
import org.ptzcam.bench.pipeline.Machine;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.media.pipeline.FrameOverlay;
import org.ptzcam.media.view.ViewState;

/**
 * Overlay cost per 1080p frame beside the named peer, FFmpeg's drawtext filter drawing the same
 * clock (DejaVu Sans Bold 36 px, white on black at 50 %, top left) on a grey 1080p25 picture.
 * Ours: thread CPU time of {@link OverlayStage#apply} over N frames after a warm-up. Peer: the CPU
 * of {@code ffmpeg -f lavfi -i color=gray -vf drawtext=… -f null -} minus the same run without the
 * filter, per frame. Also printed: our cost as a share of the 25 fps frame interval (40 ms).
 */
public final class OverlayCostMain {

    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private OverlayCostMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, "frames", "warmup");
        int frames = args.integer("frames", 1500);
        int warmup = args.integer("warmup", 3000);
        System.out.println(Machine.describe() + ", load " + Machine.loadAverage());
        System.out.println(FfmpegCli.version());
        double clock = ours("clock", frames, warmup);
        double three = ours("three", frames, warmup);
        double peer = peer(frames);
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %7s%n", "1080p, per frame", "ours µs", "ffmpeg µs", "ratio");
        System.out.printf(Locale.ROOT, "%-44s %9.0f %9.0f %7.2f%n", "clock text (%F %T), drawtext peer", clock, peer,
                clock / peer);
        System.out.printf(Locale.ROOT, "%-44s %9.0f %9s %7s%n", "clock + PTZ text + 300x150 image", three, "-", "-");
        System.out.printf(Locale.ROOT, "share of the 40 ms frame interval: clock %.2f %%, three overlays %.2f %%%n",
                clock / 400, three / 400);
    }

    /** Microseconds of thread CPU per frame. */
    private static double ours(String scene, int frames, int warmup) {
        OverlayScenes.FrameClock clock = new OverlayScenes.FrameClock();
        OverlayStage stage = OverlayScenes.stage(scene, clock);
        YuvFrame frame = OverlayScenes.grey();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ViewState view = ViewState.of(12.5, -3, 2);
        long cpu0 = 0;
        for (int i = 0; i < warmup + frames; i++) {
            if (i == warmup) {
                cpu0 = threads.getCurrentThreadCpuTime();
            }
            clock.advance(40);
            if (i % 50 == 0) {
                view = view.withPan(view.panDeg() + 0.5);
            }
            stage.apply(frame, new FrameOverlay.Context(view, i, i * 40_000_000L, 0, -1));
        }
        return (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / frames;
    }

    private static double peer(int frames) throws Exception {
        List<String> input = List.of("-f", "lavfi", "-i", "color=c=gray:size=1920x1080:rate=25", "-frames:v",
                Integer.toString(frames), "-pix_fmt", "yuv420p");
        String drawtext = "drawtext=fontfile=" + FONT + ":text='%{localtime\\:%F %T}':fontsize=" + OverlayScenes.CLOCK_FONT
                + ":fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=7:x=18:y=18";
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            FfmpegCli.Run with = FfmpegCli.run(concat(input, List.of("-vf", drawtext, "-f", "null", "-")));
            FfmpegCli.Run without = FfmpegCli.run(concat(input, List.of("-vf", "null", "-f", "null", "-")));
            best = Math.min(best, Math.max(0, with.cpuSeconds() - without.cpuSeconds()) * 1e6 / frames);
        }
        return best;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
