package org.ptzcam.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.media.image.ImageAdjustments;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * A diagnostic next to {@link LiveCost}, not one of the benchmarks: what x264 (ultrafast,
 * zerolatency, CRF 23) costs on the pictures the camera really sends, by image-stage variant, for
 * our encoder and for the ffmpeg CLI on the very same frames. It separates "the encoder wrapper is
 * slow" (ours vs ffmpeg on equal frames) from "the content is expensive" (one variant vs another),
 * which {@code LiveCost} alone cannot.
 *
 * <p>Variants: the world alone; the world plus {@link ImageProcessor} at factory defaults (wind shake
 * moves the view every frame); the same with the shake left out (view unchanged, processing kept);
 * and with stabilization on (8 % of the shake, central crop scaled back). Each renders N frames
 * 1/30 s apart and encodes them P times after a warm-up.
 *
 * <p>{@code java -cp bench/target/ptzcam-bench-0.1.0.jar:$(cat bench/target/classpath.txt)
 * org.ptzcam.bench.pipeline.ContentCost [--frames 90] [--passes 3]}
 */
public final class ContentCost {

    private static final int W = LiveCost.WIDTH;
    private static final int H = LiveCost.HEIGHT;
    private static final int FPS = LiveCost.FPS;

    private ContentCost() {
    }

    private enum Variant {
        WORLD_ONLY("world only"),
        PROCESSOR("world + image processor (defaults, wind shake)"),
        PROCESSOR_NO_SHAKE("world + image processor, shake left out"),
        PROCESSOR_STABILIZED("world + image processor, stabilization on");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "frames", "passes", "scene-time");
        int n = a.integer("frames", 90);
        int passes = a.integer("passes", 3);
        Instant sceneStart = Instant.parse(a.string("scene-time", "2026-06-21T12:00:00Z"));
        int threads = LiveCost.encoderThreads();
        FfmpegCli.require();
        System.out.printf("ContentCost: x264 ultrafast/zerolatency CRF 23 on %d rendered 1080p frames x %d passes,"
                + " %d threads; ms of CPU per frame%n", n, passes, threads);
        System.out.printf("machine: %s; %s%n", Machine.describe(), FfmpegCli.version());
        System.out.printf("%-50s %12s %12s %14s%n", "frames", "ours ms", "ffmpeg ms", "Mbit/s @30");
        for (Variant v : Variant.values()) {
            List<YuvFrame> frames = render(v, n, sceneStart);
            double[] ours = encodeOurs(frames, passes, threads);
            Path raw = Files.createTempFile("ptzcam-content", ".yuv");
            try {
                MjpegThroughput.writeRaw(frames, raw);
                List<String> input = List.of("-f", "rawvideo", "-pix_fmt", "yuvj420p", "-s", W + "x" + H, "-r",
                        Integer.toString(FPS), "-stream_loop", Integer.toString(passes - 1), "-i", raw.toString());
                FfmpegCli.Run x264 = FfmpegCli.run(concat(input, List.of("-threads", Integer.toString(threads),
                        "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-f", "null", "-")));
                FfmpegCli.Run base = FfmpegCli.run(concat(input, List.of("-c:v", "copy", "-f", "null", "-")));
                int total = n * passes;
                System.out.printf("%-50s %12.2f %12.2f %14.1f%n", v.label, ours[0] * 1000 / total,
                        (x264.cpuSeconds() - base.cpuSeconds()) * 1000 / total, ours[1]);
            } finally {
                Files.deleteIfExists(raw);
            }
        }
        System.out.println("ffmpeg ms: the CLI's whole CPU minus a read+demux-only run (-c:v copy) on the same file");
    }

    private static List<YuvFrame> render(Variant v, int n, Instant sceneStart) {
        SimulatedWorld world = new SimulatedWorld(LiveCost.SEED);
        ImageAdjustments adjustments = ImageAdjustments.defaults()
                .withStabilization(v == Variant.PROCESSOR_STABILIZED);
        ImageProcessor processor = new ImageProcessor(adjustments, FPS, LiveCost.SEED);
        List<YuvFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t = sceneStart.toEpochMilli() + i * 1000L / FPS;
            ViewState view = ViewState.home();
            if (v == Variant.PROCESSOR || v == Variant.PROCESSOR_STABILIZED) {
                view = processor.viewToRender(view, t);
            }
            YuvFrame f = YuvFrame.allocate(W, H, 0);
            world.render(f, view, t);
            if (v != Variant.WORLD_ONLY) {
                processor.process(f, view, world.sceneLightLux(t), t);
            }
            frames.add(f);
        }
        return frames;
    }

    /** {process CPU seconds for all passes, Mbit/s at 30 fps}. */
    private static double[] encodeOurs(List<YuvFrame> frames, int passes, int threads) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS), threads)) {
            long t = 0;
            for (int i = 0; i < Math.min(30, frames.size()); i++) {
                encoder.encode(frames.get(i).withCaptureNanos(t++ * 1_000_000_000L / FPS));
            }
            long bytes = 0;
            long cpu0 = os.getProcessCpuTime();
            for (int p = 0; p < passes; p++) {
                for (YuvFrame f : frames) {
                    for (EncodedPacket packet : encoder.encode(f.withCaptureNanos(t++ * 1_000_000_000L / FPS))) {
                        bytes += packet.size();
                    }
                }
            }
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double videoSeconds = frames.size() * passes / (double) FPS;
            return new double[] {cpu, bytes * 8 / videoSeconds / 1e6};
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
