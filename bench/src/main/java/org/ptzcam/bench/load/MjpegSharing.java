package org.ptzcam.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.ptzcam.bench.pipeline.Args;
import org.ptzcam.bench.pipeline.Machine;
import org.ptzcam.bench.pipeline.ThreadCpu;

/**
 * Issue 3, "Sharing: ten identical MJPEG clients cost ≤ 1.2× the CPU of one".
 *
 * <p>Starts the real camera jar as a separate process on 127.0.0.1 (any free port, temporary data
 * directory), then measures the camera process's CPU ({@code /proc/<pid>/stat} utime + stime, all
 * its threads) in three windows: idle (no client), one MJPEG client, ten identical MJPEG clients
 * ({@code /axis-cgi/mjpg/video.cgi?resolution=1280x720&fps=15}, plain HTTP). Before them, all ten
 * clients run for two warm-ups (so the JIT has compiled the serving path for either window), and
 * each window follows a warm-up at its client count; every warm-up lasts until the camera's JIT
 * threads have gone quiet (C2 lags far behind on a loaded machine and would be billed to the
 * first window). The clients live in this JVM on virtual
 * threads and only count bytes and parts, so their CPU is not the camera's. Every client's
 * received frame rate is printed: sharing must not be bought by starving clients. The run stops by
 * itself (a watchdog ends it after a bound) and stops the camera.
 *
 * <p>{@code java -cp bench/target/ptzcam-bench-0.1.0.jar:$(cat bench/target/classpath.txt)
 * org.ptzcam.bench.load.MjpegSharing [--jar app/target/ptzcam-all.jar] [--seconds 15] [--warmup 5]
 * [--clients 10] [--resolution 1280x720] [--fps 15]}
 */
public final class MjpegSharing {

    private static final int MAX_EXTRA_WARMUP_S = 30;

    private MjpegSharing() {
    }

    /** One measured window. */
    record Window(int clients, double wallSeconds, double cpuSeconds, List<Double> clientFps, long bytes,
                  Map<String, Long> threadNanos) {

        double cpuPerSecond() {
            return cpuSeconds / wallSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "jar", "seconds", "warmup", "clients", "resolution", "fps", "idle");
        Path jar = Path.of(a.string("jar", "app/target/ptzcam-all.jar"));
        int seconds = a.integer("seconds", 15);
        int warmup = a.integer("warmup", 5);
        int idle = a.integer("idle", 5);
        int many = a.integer("clients", 10);
        String resolution = a.string("resolution", "1280x720");
        int fps = a.integer("fps", 15);
        String path = "/axis-cgi/mjpg/video.cgi?resolution=" + resolution + "&fps=" + fps;
        long bound = 120 + idle + 4L * warmup + 3L * MAX_EXTRA_WARMUP_S + 2L * seconds + 30;
        watchdog(bound);

        System.out.printf("MjpegSharing: camera %s, clients GET %s, %d s windows after ≥ %d s warm-up%n", jar, path,
                seconds, warmup);
        System.out.printf("machine: %s; the run ends by itself within %d s%n", Machine.describe(), bound);
        List<MjpegClient> clients = new ArrayList<>();
        try (ServerProcess server = new ServerProcess(jar, List.of("--scene-time-rate", "1"))) {
            System.out.printf("camera pid %d on http://127.0.0.1:%d/%n", server.pid(), server.httpPort());
            Thread.sleep(3000);   // let start-up work (JIT of the start path, first-boot writes) settle
            Window none = measure(server, clients, idle);
            // warm-up with every client first, so the JIT has compiled the whole serving path
            // before either window and neither pays for it
            openUpTo(clients, many, server.httpPort(), path);
            warmUp(server, 2 * warmup);
            while (clients.size() > 1) {
                clients.remove(clients.size() - 1).close();
            }
            warmUp(server, warmup);
            Window one = measure(server, clients, seconds);
            openUpTo(clients, many, server.httpPort(), path);
            warmUp(server, warmup);
            Window ten = measure(server, clients, seconds);
            for (MjpegClient c : clients) {
                if (c.failure() != null) {
                    System.out.printf("a client's stream failed: %s%n", c.failure());
                }
                c.close();
            }
            if (!server.alive()) {
                throw new IllegalStateException("the camera died: " + server.lastOutput());
            }
            report(none, one, ten, fps);
        } finally {
            for (MjpegClient c : clients) {
                c.close();
            }
        }
    }

    /**
     * Sleeps the minimum, then on until the camera's JIT threads used less than 40 ms of CPU in 2 s
     * (on a loaded machine C2 can lag far behind), at most {@link #MAX_EXTRA_WARMUP_S} more.
     */
    private static void warmUp(ServerProcess server, int minimumSeconds) throws Exception {
        long start = System.nanoTime();
        Thread.sleep(minimumSeconds * 1000L);
        long deadline = System.nanoTime() + MAX_EXTRA_WARMUP_S * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            ThreadCpu threads = ThreadCpu.start(server.pid());
            Thread.sleep(2000);
            if (threads.since(MjpegSharing::threadGroup).getOrDefault("jit", 0L) < 40_000_000L) {
                break;
            }
        }
        System.out.printf("  warm-up %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void openUpTo(List<MjpegClient> clients, int n, int port, String path) throws java.io.IOException {
        while (clients.size() < n) {
            clients.add(new MjpegClient(port, path));
        }
    }

    private static Window measure(ServerProcess server, List<MjpegClient> clients, int seconds) throws Exception {
        long[] parts0 = clients.stream().mapToLong(MjpegClient::parts).toArray();
        long bytes0 = clients.stream().mapToLong(MjpegClient::bytes).sum();
        ThreadCpu threads = ThreadCpu.start(server.pid());
        long cpu0 = server.cpuNanos();
        long wall0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long cpu1 = server.cpuNanos();
        Map<String, Long> perThread = threads.since(MjpegSharing::threadGroup);
        double wall = (System.nanoTime() - wall0) / 1e9;
        List<Double> fps = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            fps.add((clients.get(i).parts() - parts0[i]) / wall);
        }
        long bytes = clients.stream().mapToLong(MjpegClient::bytes).sum() - bytes0;
        return new Window(clients.size(), wall, (cpu1 - cpu0) / 1e9, fps, bytes, perThread);
    }

    /** The camera's threads by kind: capture loop, encoders (with FFmpeg's threads), Jetty, GC, JIT, the rest. */
    static String threadGroup(String comm) {
        if (comm.startsWith("capture-")) {
            return "capture";
        }
        if (comm.startsWith("encode-")) {
            return "encode";
        }
        if (comm.startsWith("http-")) {
            return "http";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "gc";
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jit";
        }
        return "jvm";
    }

    private static void report(Window none, Window one, Window ten, int fps) {
        System.out.printf("%nload average %s%n", Machine.loadAverage());
        for (Window w : List.of(none, one, ten)) {
            LongSummaryStatistics s = w.clientFps().stream().mapToLong(f -> Math.round(f * 10)).summaryStatistics();
            System.out.printf("  %2d client(s): camera %.3f CPU-s/s over %.1f s%s%n", w.clients(), w.cpuPerSecond(),
                    w.wallSeconds(), w.clients() == 0 ? "" : String.format(
                            ", per client %.1f–%.1f fps (asked %d), %.1f Mbit/s in all", s.getMin() / 10.0,
                            s.getMax() / 10.0, fps, w.bytes() * 8 / w.wallSeconds() / 1e6));
            System.out.printf("      by thread, CPU-s/s:");
            w.threadNanos().forEach((g, n) -> System.out.printf(" %s %.3f", g, n / 1e9 / w.wallSeconds()));
            System.out.println();
        }
        double ratio = ten.cpuPerSecond() / one.cpuPerSecond();
        boolean served = ten.clientFps().stream().allMatch(f -> f >= 0.9 * fps)
                && one.clientFps().stream().allMatch(f -> f >= 0.9 * fps);
        System.out.printf("1 client %.3f CPU-s/s, %d clients %.3f CPU-s/s, ratio %.2f (target ≤ 1.2): %s%s%n",
                one.cpuPerSecond(), ten.clients(), ten.cpuPerSecond(), ratio,
                ratio <= 1.2 ? "meets the target" : "MISSES the target",
                served ? "" : " — but some client got < 90 % of the asked frame rate, see above");
    }

    /** Ends the whole run (the camera goes with the shutdown hook) if it overstays its bound. */
    private static void watchdog(long seconds) {
        Thread.ofPlatform().daemon().name("watchdog").start(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.printf("MjpegSharing: still running after %d s, giving up%n", seconds);
            System.exit(3);
        });
    }
}
