package org.ptzcam.bench.rtsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ptzcam.bench.pipeline.Args;

/**
 * Fan-out (issue 4): the largest number N of RTSP/TCP clients of one 1080p30 H.264 stream (~4
 * Mbit/s) served with zero lost packets, zero dropped frames (a frame another sampled client got;
 * frames the encoder never made on a starved machine do not count, the fps column shows them), no failed client and < 100 ms added
 * delay, and the server's CPU per client; ours and gst-rtsp-server, one after the other in one
 * run, with the same {@link LoadGenerator}. Clients arrive at 40 per second up to each level;
 * after they all play and 2 s settle, a window is measured. Added delay = the window's p95
 * capture→arrival delay of sampled clients minus that at the first level (one client); p95, not
 * p99, because on a shared 2-core machine the p99 of even one client swings by 100 ms and more.
 * gst-rtsp-server's sender reports map RTP time to the time of sending, not of capture, so its
 * absolute delays read near 0; its added delay still compares. CPU per client =
 * (server CPU-s/s at N − at 1) / (N − 1), from {@code /proc/<pid>/stat}.
 *
 * <pre>java -cp CP org.ptzcam.bench.rtsp.RtspFanOut [--levels 1,50,100,200,300,400,500,600] [--window 8]
 *     [--sample 20] [--servers ptzcam,gst] [--gst-script bench/src/main/python/gst_rtsp_server.py]</pre>
 */
public final class RtspFanOut {

    record Level(int clients, int playing, int failed, long lostPackets, long missingFrames, double p50, double p95,
            double p99, double addedMs, double cpu, double cpuPerClient, double mbitPerClient, String failure) {
        boolean served() {
            return failed == 0 && playing == clients && lostPackets == 0 && missingFrames == 0;
        }

        boolean clean() {
            return served() && addedMs < 100;
        }
    }

    record Result(String server, List<Level> levels, String stop) {
        /** Largest level with every client served (no failure, loss or drop) here and below. */
        int largestServed() {
            int n = 0;
            for (Level l : levels) {
                if (!l.served()) {
                    break;
                }
                n = l.clients();
            }
            return n;
        }

        /** Largest served level whose added delay was also under 100 ms. */
        int largestClean() {
            return levels.stream().filter(l -> l.clients() <= largestServed() && l.clean()).mapToInt(Level::clients)
                    .max().orElse(0);
        }

        double cpuPerClientAt(int n) {
            return levels.stream().filter(l -> l.clients() == n).mapToDouble(Level::cpuPerClient).findFirst().orElse(Double.NaN);
        }
    }

    private RtspFanOut() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, "levels", "window", "sample", "servers", "gst-script");
        int[] levels = Arrays.stream(args.string("levels", "1,50,100,200,300,400,500,600").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int window = args.integer("window", 8);
        int sample = args.integer("sample", 20);
        List<String> servers = List.of(args.string("servers", "ptzcam,gst").split(","));
        Path script = Path.of(args.string("gst-script", "bench/src/main/python/gst_rtsp_server.py"));
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(15 * 60_000L);
                System.err.println("watchdog: 15 min passed, exiting");
                System.exit(2);
            } catch (InterruptedException e) {
                // finished in time
            }
        });
        List<Result> results = new ArrayList<>();
        for (String s : servers) {
            try (RtspServerProcess server = s.equals("gst") ? RtspServerProcess.gstreamer(script)
                    : RtspServerProcess.ours(levels[levels.length - 1] + 100)) {
                results.add(run(server, levels, window, sample));
            }
        }
        watchdog.interrupt();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %9s %12s %14s %8s %s%n", "server", "N served", "CPU/client",
                "p95 added ms", "N clean", "stopped by");
        for (Result r : results) {
            int n = r.largestServed();
            double added = r.levels().stream().filter(l -> l.clients() == n).mapToDouble(Level::addedMs).findFirst()
                    .orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "%-16s %9d %10.4f   %12.1f %8d   %s%n", r.server(), n, r.cpuPerClientAt(n), added,
                    r.largestClean(), r.stop());
        }
        if (results.size() == 2) {
            int ours = results.get(0).largestServed();
            int peer = results.get(1).largestServed();
            int oursClean = results.get(0).largestClean();
            System.out.printf(Locale.ROOT, "ratio N served %s/%s: %.2f; target N >= 500 with < 100 ms added: %s%n",
                    results.get(0).server(), results.get(1).server(), peer == 0 ? Double.NaN : (double) ours / peer,
                    oursClean >= 500 ? "met" : "missed (N clean " + oursClean + ")");
        }
    }

    static Result run(RtspServerProcess server, int[] levels, int windowSeconds, int sample) throws Exception {
        System.out.println("== " + server.name + " " + server.url);
        System.out.printf(Locale.ROOT, "%6s %7s %6s %6s %8s %6s %8s %8s %8s %8s %8s %10s %9s%n", "N", "playing", "failed", "lost",
                "dropped", "fps", "p50 ms", "p95 ms", "p99 ms", "added", "CPU-s/s", "CPU/client", "Mbit/cl");
        List<Level> done = new ArrayList<>();
        double baseP95 = Double.NaN;
        double baseCpu = Double.NaN;
        String stop = "all levels clean";
        try (LoadGenerator gen = new LoadGenerator(server.url, sample, 30)) {
            for (int target : levels) {
                while (gen.size() < target) {
                    gen.connect();
                    Thread.sleep(25); // 40 clients per second
                }
                long until = System.nanoTime() + 20_000_000_000L;
                while (gen.starting() > 0 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                Thread.sleep(2000);
                gen.window();
                long cpu0 = server.cpuNanos();
                ThreadGroups serverThreads = ThreadGroups.start(server.pid());
                ThreadGroups ownThreads = ThreadGroups.start(-1);
                long t0 = System.nanoTime();
                Thread.sleep(windowSeconds * 1000L);
                LoadGenerator.Window w = gen.window();
                long t1 = System.nanoTime();
                double cpu = server.alive() ? (server.cpuNanos() - cpu0) / (double) (t1 - t0) : Double.NaN;
                if (target == levels[0]) {
                    baseP95 = w.sampled().delayMs(0.95);
                    baseCpu = cpu;
                }
                double p95 = w.sampled().delayMs(0.95);
                double p99 = w.sampled().delayMs(0.99);
                double perClient = target > 1 ? (cpu - baseCpu) / (target - 1) : Double.NaN;
                double mbit = w.drainedBytes() * 8 / 1e6 / ((t1 - t0) / 1e9) / Math.max(1, w.playing());
                Level l = new Level(target, w.playing(), w.failed(), w.sampled().sequenceGaps, w.sampled().missingFrames,
                        w.sampled().delayMs(0.5), p95, p99, target == levels[0] ? 0 : p95 - baseP95, cpu, perClient, mbit, w.firstFailure());
                done.add(l);
                System.out.printf(Locale.ROOT, "%6d %7d %6d %6d %8d %6.1f %8.1f %8.1f %8.1f %8.1f %8.3f %10.4f %9.2f%s%n", target,
                        l.playing(), l.failed(), l.lostPackets(), l.missingFrames(),
                        w.publishedFrames() / ((t1 - t0) / 1e9), l.p50(), l.p95(), l.p99(), l.addedMs(), cpu,
                        perClient, mbit, l.failure() == null ? "" : "  first failure: " + l.failure());
                System.out.printf(Locale.ROOT, "       whole frame (marker) p50/p95 %.1f/%.1f ms; key frames (%d): first packet p50/p95 %.1f/%.1f ms%n",
                        w.sampled().complete.delayMs(0.5), w.sampled().complete.delayMs(0.95),
                        w.sampled().keyFrames.delayCount(), w.sampled().keyFrames.delayMs(0.5),
                        w.sampled().keyFrames.delayMs(0.95));
                if (server.alive()) {
                    double secs = (t1 - t0) / 1e9;
                    System.out.println("       server threads: " + ThreadGroups.top(serverThreads.since(secs), 5)
                            + "; load generator: " + ThreadGroups.top(ownThreads.since(secs), 2));
                }
                if (!server.alive()) {
                    stop = "server process died at N=" + target + ": " + server.lastOutput().lines().reduce((a, b) -> b).orElse("");
                    break;
                }
                if (!l.served()) {
                    stop = "N=" + target + ": failed, lost or dropped";
                    break;
                }
            }
        }
        return new Result(server.name, done, stop);
    }
}
