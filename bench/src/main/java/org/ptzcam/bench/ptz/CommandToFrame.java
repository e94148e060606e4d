package org.ptzcam.bench.ptz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ptzcam.bench.pipeline.Args;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.ptz.Controller;
import org.ptzcam.device.ptz.MoveEnd;
import org.ptzcam.device.ptz.MoveSpeed;
import org.ptzcam.device.ptz.PtzControl;
import org.ptzcam.device.ptz.PtzPosition;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.ptz.PtzTarget;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.pipeline.VideoStreamConfig;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Issue 6: PTZ command → first encoded frame showing the move ≤ one frame interval + encode time.
 *
 * <p>The real PTZ service (a device model on a temporary data directory) drives the real video
 * pipeline's view, as the app wires it: 1920×1080 at 30 fps, H.264 (x264 ultrafast/zerolatency)
 * drained by one subscriber. Each round waits for rest, issues an absolute pan through the service
 * ({@code PtzControl.moveTo}) and timestamps the command; the view supplier notes the first
 * capture whose position differs from the start, and the drain thread times the arrival of that
 * frame's access unit. The bound of each round is the frame interval plus that frame's own
 * capture→encoded time (render, image stage, encode): what is left, command → capture tick, must
 * fit in one frame interval, i.e. the move shows in the very next frame.
 */
public final class CommandToFrame {
    static final int WIDTH = 1920, HEIGHT = 1080, FPS = 30;

    public static void main(String[] argv) throws Exception {
        Args a = Args.parse(argv, "rounds", "warmup", "path");
        int rounds = a.integer("rounds", 60);
        int warmup = a.integer("warmup", 5);
        String path = a.string("path", "service");
        Path dir = Files.createTempDirectory("ptzcam-bench-ptz");
        try (DeviceModel device = DeviceModel.open(dir, new BuildInfo("bench", "2026-01-01T00:00:00Z"),
                Clock.systemUTC())) {
            switch (path) {
                case "service" -> {
                    PtzControl control = device.ptz().control(new Controller("bench", AccessLevel.ADMIN));
                    run(device.ptz(), rounds, warmup, "PtzControl.moveTo",
                            target -> control.moveTo(PtzTarget.panTilt(target, 0), MoveSpeed.MAX).get(10, TimeUnit.SECONDS)
                                    == MoveEnd.REACHED);
                }
                case "thread" -> {
                    // the service path behind one thread hand-off, as every network face has one (a
                    // waiting receiver thread must be woken and scheduled): separates that from VISCA
                    PtzControl control = device.ptz().control(new Controller("bench", AccessLevel.ADMIN));
                    var receiver = java.util.concurrent.Executors.newSingleThreadExecutor();
                    try {
                        run(device.ptz(), rounds, warmup, "PtzControl.moveTo on a waiting thread",
                                target -> receiver.submit(() -> control.moveTo(PtzTarget.panTilt(target, 0),
                                        MoveSpeed.MAX)).get().get(10, TimeUnit.SECONDS) == MoveEnd.REACHED);
                    } finally {
                        receiver.shutdownNow();
                    }
                }
                case "visca" -> {
                    try (ViscaMove visca = ViscaMove.open(device)) {
                        run(device.ptz(), rounds, warmup, "VISCA over IP (raw UDP) absolute pan-tilt", visca::moveTo);
                    }
                }
                default -> throw new IllegalArgumentException("--path must be service, thread or visca, not " + path);
            }
        }
    }

    /** Issues one absolute pan to {@code target} degrees and returns when the move has ended (true: reached). */
    @FunctionalInterface
    interface Move {
        boolean to(double target) throws Exception;
    }

    private static void run(PtzService ptz, int rounds, int warmup, String path, Move move) throws Exception {
        // what the view supplier saw: the call before the first moved one, and the moved one
        AtomicLong startPanBits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
        AtomicLong lastStillCall = new AtomicLong();
        AtomicLong movedCall = new AtomicLong();
        AtomicLong arrival = new AtomicLong();
        AtomicLong movedCapture = new AtomicLong();
        AtomicLong viewCalls = new AtomicLong();
        // when the command reached the PTZ service: the head reports moving from the commanding thread
        AtomicLong startedMoving = new AtomicLong();
        ptz.addListener((moving, at) -> {
            if (moving) {
                startedMoving.compareAndSet(0, System.nanoTime());
            }
        });
        java.util.function.Supplier<ViewState> view = () -> {
            PtzPosition at = ptz.position();
            long now = System.nanoTime();
            viewCalls.incrementAndGet();
            double start = Double.longBitsToDouble(startPanBits.get());
            if (!Double.isNaN(start) && movedCall.get() == 0) {
                if (at.panDeg() != start) {
                    movedCall.set(now);
                } else {
                    lastStillCall.set(now);
                }
            }
            return new ViewState(at.panDeg(), at.tiltDeg(), at.magnification(), at.sharpness());
        };
        SceneClock clock = SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1);
        VideoStreamConfig config = new VideoStreamConfig(VideoEncoderConfig.of(VideoCodec.H264, WIDTH, HEIGHT, FPS), 0);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.Semaphore ready = new java.util.concurrent.Semaphore(0);
        try (VideoPipeline pipeline = new VideoPipeline(new SimulatedWorld(1), ImageStage.none(), view, clock,
                new CaptureGeometry(WIDTH, HEIGHT, FPS), "bench-ptz", threads);
                Subscription s = pipeline.subscribe(config, ready::release)) {
            Thread drain = Thread.ofPlatform().name("bench-drain").daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        ready.tryAcquire(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    ready.drainPermits();
                    AccessUnit u;
                    while ((u = s.poll()) != null) {
                        long still = lastStillCall.get();
                        if (movedCall.get() != 0 && arrival.get() == 0 && u.captureNanos() > still) {
                            movedCapture.set(u.captureNanos());
                            arrival.set(System.nanoTime());
                        }
                        u.release();
                    }
                }
            });
            Thread.sleep(warmup * 1000L);
            double interval = 1000.0 / FPS;
            // latency, nominal bound, command→render, real bound, command→service
            List<double[]> results = new ArrayList<>();
            long calls0 = viewCalls.get();
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                double target = (i % 2 == 0) ? 10 : 0;
                movedCall.set(0);
                arrival.set(0);
                startedMoving.set(0);
                startPanBits.set(Double.doubleToLongBits(ptz.position().panDeg()));
                // a random phase against the capture ticks, so the wait for the next tick is sampled fairly
                Thread.sleep(20 + (long) (Math.random() * interval));
                long command = System.nanoTime();
                boolean reached = move.to(target);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (arrival.get() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                if (arrival.get() == 0 || !reached) {
                    throw new IllegalStateException("round " + i + ": no encoded frame showed the move");
                }
                double latency = (arrival.get() - command) / 1e6;
                // render + image stage + encode of the frame that shows the move
                double encode = (arrival.get() - movedCall.get()) / 1e6;
                double toRender = (movedCall.get() - command) / 1e6;
                double toService = (startedMoving.get() - command) / 1e6;
                double realInterval = (System.nanoTime() - t0) / 1e6 / Math.max(1, viewCalls.get() - calls0);
                results.add(new double[] {latency, interval + encode, toRender, Math.max(interval, realInterval) + encode,
                        toService});
                if (latency > interval + encode) {
                    // say where a miss lies: before the PTZ service (the control path), or in the video
                    System.out.printf("  round %d over its bound: command → PTZ service %.1f ms, → render %.1f,"
                            + " → frame %.1f, bound %.1f%n", i, toService, toRender, latency, interval + encode);
                }
                Thread.sleep(100);
            }
            drain.interrupt();
            double realInterval = (System.nanoTime() - t0) / 1e6 / Math.max(1, viewCalls.get() - calls0);
            report(path, results, interval, realInterval, pipeline.capturedFrames());
        }
    }

    private static void report(String path, List<double[]> results, double interval, double realInterval,
            long captured) {
        double[] latency = results.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] toRender = results.stream().mapToDouble(r -> r[2]).sorted().toArray();
        double[] bounds = results.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double[] toService = results.stream().mapToDouble(r -> r[4]).sorted().toArray();
        long within = results.stream().filter(r -> r[0] <= r[1]).count();
        long withinReal = results.stream().filter(r -> r[0] <= r[3]).count();
        System.out.printf("PTZ command (%s) → first encoded frame showing the move: %d rounds, 1080p30 H.264, %d"
                + " frames captured; load average %.1f on %d CPUs%n", path, results.size(), captured,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  latency ms        p50 %.1f  p90 %.1f  max %.1f%n", pct(latency, 50), pct(latency, 90),
                latency[latency.length - 1]);
        System.out.printf("  bound ms          p50 %.1f  = frame interval %.1f + that frame's render+encode time%n",
                pct(bounds, 50), interval);
        System.out.printf("  command → service p50 %.1f  p90 %.1f  max %.1f  (until the PTZ head starts: the control"
                + " path alone)%n", pct(toService, 50), pct(toService, 90), toService[toService.length - 1]);
        System.out.printf("  command → render  p50 %.1f  max %.1f  (next frame: ≤ %.1f nominal, %.1f as captured)%n",
                pct(toRender, 50), toRender[toRender.length - 1], interval, realInterval);
        System.out.printf("  ratio p50 latency / p50 bound = %.2f; within bound: %d/%d at the nominal interval,"
                + " %d/%d at the captured interval → %s%n", pct(latency, 50) / pct(bounds, 50), within,
                results.size(), withinReal, results.size(), within == results.size() ? "meets"
                        : withinReal == results.size() ? "meets only at the captured frame rate (machine busy)"
                        : "MISSES");
        if (withinReal != results.size()) {
            System.exit(1);
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private CommandToFrame() {
    }
}
