package org.ptzcam.bench.rtsp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.ptzcam.bench.pipeline.Args;

/**
 * Camera-side latency (issue 4: scene change → first RTP packet of the frame showing it, p95 ≤
 * 50 ms at 30 fps). One RTSP/TCP client over loopback; for every frame, the arrival of its first
 * RTP packet minus its capture instant as the camera's RTCP sender reports map RTP time to the
 * wall clock (our RTP timestamps are capture times: the SR's RTP time is the last unit's plus the
 * 90 kHz ticks since its capture). A scene change waits for the next capture, uniformly 0 to one
 * frame period, so the scene-change figure adds that wait to each measured frame (Monte Carlo,
 * 100 draws per frame). Runs ours, and gst-rtsp-server for reference (its SRs map the RTP time of
 * videotestsrc's buffers the same way).
 *
 * <pre>java -cp CP org.ptzcam.bench.rtsp.RtspLatency [--seconds 30] [--servers ptzcam,gst]</pre>
 */
public final class RtspLatency {

    private RtspLatency() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, "seconds", "servers", "gst-script");
        int seconds = args.integer("seconds", 30);
        String[] servers = args.string("servers", "ptzcam,gst").split(",");
        System.out.printf(Locale.ROOT, "%-16s %7s | %-26s | %-26s | %s%n", "server", "frames",
                "capture -> 1st packet p50/p95/p99", "scene change -> 1st packet", "vs p95 <= 50 ms");
        for (String s : servers) {
            try (RtspServerProcess server = s.equals("gst")
                    ? RtspServerProcess.gstreamer(java.nio.file.Path.of(args.string("gst-script",
                            "bench/src/main/python/gst_rtsp_server.py")))
                    : RtspServerProcess.ours(10);
                    LoadGenerator gen = new LoadGenerator(server.url, 1, 30)) {
                gen.connect();
                long until = System.nanoTime() + 30_000_000_000L;
                while (gen.starting() > 0 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                Thread.sleep(5000); // warm-up: JIT, first SR
                gen.window();
                Thread.sleep(seconds * 1000L);
                LoadGenerator.Window w = gen.window();
                if (w.failed() > 0 || w.sampled().delayCount() == 0) {
                    System.out.println(s + ": no measurement: playing " + w.playing() + ", failed " + w.failed() + " ("
                            + w.firstFailure() + "), packets " + w.sampled().packets + ", frames " + w.sampled().frames
                            + ", bytes drained " + w.drainedBytes());
                    continue;
                }
                long[] d = w.sampled().delays();
                Arrays.sort(d);
                long[] scene = withSamplingWait(d, 1_000_000_000L / 30);
                double p95 = q(scene, 0.95);
                System.out.printf(Locale.ROOT, "%-16s %7d | %7.1f %7.1f %7.1f ms    | %7.1f %7.1f %7.1f ms    | %s (%.2fx)%s%n",
                        server.name, d.length, q(d, 0.5), q(d, 0.95), q(d, 0.99), q(scene, 0.5), p95, q(scene, 0.99),
                        p95 <= 50 ? "met" : "missed", p95 / 50,
                        w.sampled().missingFrames > 0 ? "  (" + w.sampled().missingFrames + " frames missing)" : "");
            }
        }
    }

    private static long[] withSamplingWait(long[] delays, long period) {
        Random r = new Random(1);
        long[] out = new long[delays.length * 100];
        for (int i = 0; i < out.length; i++) {
            out[i] = delays[i / 100] + (long) (r.nextDouble() * period);
        }
        Arrays.sort(out);
        return out;
    }

    private static double q(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }
}
