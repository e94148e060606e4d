package org.ptzcam.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.QualityMapping;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Issue 3, "MJPEG 1080p frames per CPU-second ≥ 0.8× ffmpeg's mjpeg encoder on the same frames".
 *
 * <p>Renders N 1080p frames of the simulated world (home view, scene time advancing 1/30 s per
 * frame, so people and cars move) into memory, then:
 * <ul>
 * <li>ours: our {@link VideoEncoder} (FFmpeg {@code mjpeg}, compression 30 → qscale 5, the app's
 *     slice-thread count) encodes them P times after a warm-up; process CPU time around the loop
 *     only (it includes our copy of each frame into FFmpeg's frame).</li>
 * <li>ffmpeg: the same frames as a raw {@code yuvj420p} file, {@code ffmpeg -f rawvideo … -i f.yuv
 *     -thread_type slice -threads T -c:v mjpeg -q:v 5 -huffman default -f null -} (set up as our
 *     encoder is), looped P times; its whole CPU
 *     time (start-up, reading, demuxing included), and the same minus a baseline run that only
 *     reads and demuxes ({@code -c:v copy -f null -}), i.e. ffmpeg's encoding alone.</li>
 * </ul>
 * The verdict uses the baseline-subtracted figure (encoder against encoder); both are printed.
 *
 * <p>{@code java -cp bench/target/ptzcam-bench-0.1.0.jar:$(cat bench/target/classpath.txt)
 * org.ptzcam.bench.pipeline.MjpegThroughput [--frames 120] [--passes 3] [--compression 30]}
 */
public final class MjpegThroughput {

    private static final int W = LiveCost.WIDTH;
    private static final int H = LiveCost.HEIGHT;
    private static final int FPS = LiveCost.FPS;
    private static final int WARMUP_FRAMES = 30;

    private MjpegThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "frames", "passes", "compression", "scene-time");
        int n = a.integer("frames", 120);
        int passes = a.integer("passes", 3);
        int compression = a.integer("compression", 30);
        Instant sceneStart = Instant.parse(a.string("scene-time", "2026-06-21T12:00:00Z"));
        int qscale = QualityMapping.jpegQscale(compression);
        int threads = LiveCost.encoderThreads();
        FfmpegCli.require();
        System.out.printf("MjpegThroughput: %d frames of 1080p SimulatedWorld x %d passes, compression %d = qscale %d,"
                + " %d slice threads on both sides%n", n, passes, compression, qscale, threads);
        System.out.printf("machine: %s; %s%n", Machine.describe(), FfmpegCli.version());

        List<YuvFrame> frames = render(n, sceneStart);
        Path raw = Files.createTempFile("ptzcam-mjpeg-bench", ".yuv");
        try {
            writeRaw(frames, raw);
            VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.MJPEG, W, H, FPS).withCompression(compression);
            double[] ours = encodeOurs(config, threads, frames, passes);
            List<String> input = List.of("-f", "rawvideo", "-pix_fmt", "yuvj420p", "-s", W + "x" + H,
                    "-r", Integer.toString(FPS), "-stream_loop", Integer.toString(passes - 1), "-i", raw.toString());
            List<String> encode = ffmpegEncoderOptions(threads, qscale);
            FfmpegCli.Run full = FfmpegCli.run(concat(concat(input, encode), List.of("-f", "null", "-")));
            FfmpegCli.Run base = FfmpegCli.run(concat(input, List.of("-c:v", "copy", "-f", "null", "-")));
            long ffBytes = ffmpegJpegBytes(raw, encode);

            int total = n * passes;
            double oursFps = total / ours[0];
            double ffFull = total / full.cpuSeconds();
            double ffEncode = total / Math.max(1e-3, full.cpuSeconds() - base.cpuSeconds());
            System.out.printf("%nload average %s%n", Machine.loadAverage());
            System.out.printf("  ours:   %d frames in %.2f CPU-s = %.1f frames per CPU-s, %.0f kB per JPEG%n", total,
                    ours[0], oursFps, ours[1] / 1024);
            System.out.printf("  ffmpeg: %.2f CPU-s whole run = %.1f frames per CPU-s; read+demux baseline %.2f CPU-s;"
                    + " encoding alone %.2f CPU-s = %.1f frames per CPU-s; %.0f kB per JPEG%n", full.cpuSeconds(),
                    ffFull, base.cpuSeconds(), full.cpuSeconds() - base.cpuSeconds(), ffEncode,
                    ffBytes / (double) n / 1024);
            double ratio = oursFps / ffEncode;
            System.out.printf("ours %.1f frames/CPU-s, ffmpeg %.1f frames/CPU-s (encoding alone; whole run %.1f),"
                    + " ratio %.2f (target ≥ 0.8; vs whole run %.2f): %s%n", oursFps, ffEncode, ffFull, ratio,
                    oursFps / ffFull, ratio >= 0.8 ? "meets the target" : "MISSES the target");
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    static List<YuvFrame> render(int n, Instant sceneStart) {
        SimulatedWorld world = new SimulatedWorld(LiveCost.SEED);
        List<YuvFrame> frames = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            YuvFrame f = YuvFrame.allocate(W, H, 0);
            world.render(f, ViewState.home(), sceneStart.toEpochMilli() + i * 1000L / FPS);
            frames.add(f);
        }
        System.out.printf("rendered %d frames in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        return frames;
    }

    /** {CPU seconds for all passes, mean packet bytes}. */
    static double[] encodeOurs(VideoEncoderConfig config, int threads, List<YuvFrame> frames, int passes) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (VideoEncoder encoder = VideoEncoder.open(config, threads)) {
            long t = 0;
            for (int i = 0; i < WARMUP_FRAMES; i++) {
                encoder.encode(frames.get(i % frames.size()).withCaptureNanos(t++ * 1_000_000_000L / FPS));
            }
            long bytes = 0;
            long count = 0;
            long cpu0 = os.getProcessCpuTime();
            for (int p = 0; p < passes; p++) {
                for (YuvFrame f : frames) {
                    for (EncodedPacket packet : encoder.encode(f.withCaptureNanos(t++ * 1_000_000_000L / FPS))) {
                        bytes += packet.size();
                        count++;
                    }
                }
            }
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            return new double[] {cpu, bytes / (double) Math.max(1, count)};
        }
    }

    /**
     * ffmpeg's mjpeg encoder set up as ours is (codec's {@code EncoderSetup}): constant qscale, slice
     * threads, the standard Huffman tables (RTP/JPEG needs them). FFmpeg's default, per-picture
     * optimal tables, is silently off with more than one slice thread anyway; it matters at one.
     */
    static List<String> ffmpegEncoderOptions(int threads, int qscale) {
        return List.of("-thread_type", "slice", "-threads", Integer.toString(threads), "-c:v", "mjpeg",
                "-q:v", Integer.toString(qscale), "-huffman", "default");
    }

    /** Total JPEG bytes ffmpeg writes for one pass at the same settings (an untimed run, for comparison). */
    private static long ffmpegJpegBytes(Path raw, List<String> encode) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ptzcam-mjpeg-bench", ".mjpeg");
        try {
            List<String> args = new ArrayList<>(List.of("-y", "-f", "rawvideo", "-pix_fmt", "yuvj420p", "-s",
                    W + "x" + H, "-r", Integer.toString(FPS), "-i", raw.toString()));
            args.addAll(encode);
            args.addAll(List.of("-f", "mjpeg", out.toString()));
            FfmpegCli.run(args);
            return Files.size(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static void writeRaw(List<YuvFrame> frames, Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (YuvFrame f : frames) {
                for (ByteBuffer plane : new ByteBuffer[] {f.y(), f.u(), f.v()}) {
                    ByteBuffer b = plane.duplicate().clear();
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
