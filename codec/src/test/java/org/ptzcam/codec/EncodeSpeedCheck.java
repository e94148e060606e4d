package org.ptzcam.codec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;

/**
 * Not a test: prints the CPU cost of our 1080p30 H.264 and MJPEG encoding next to the ffmpeg
 * CLI's on the same machine and the same testsrc2 frames. Run by hand:
 * {@code java -cp <test-classes:classes:deps> org.ptzcam.codec.EncodeSpeedCheck [frames.yuv]}.
 *
 * <p>Our side measures process CPU time (all encoder threads) around the encode loop only, after
 * a warm-up; the ffmpeg side is {@code /usr/bin/time} user+system of the whole command.
 */
public final class EncodeSpeedCheck {

    private static final int W = 1920;
    private static final int H = 1080;
    private static final int FPS = 30;
    private static final int SECONDS = 10;

    public static void main(String[] args) throws Exception {
        Path raw = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("testsrc2-1080p", ".yuv");
        if (args.length == 0) {
            raw.toFile().deleteOnExit();
            run(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30",
                    "-t", Integer.toString(SECONDS), "-pix_fmt", "yuv420p", "-f", "rawvideo", raw.toString()));
        }
        List<YuvFrame> frames = load(raw);
        String size = W + "x" + H;
        String[] rawIn = {"-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", size, "-r", "30", "-i", raw.toString()};
        // declared full range so ffmpeg feeds its mjpeg encoder without a range-conversion pass, like ours
        String[] rawInJ = {"-f", "rawvideo", "-pix_fmt", "yuvj420p", "-s", size, "-r", "30", "-i", raw.toString()};

        double oursH264 = encodeCpuSeconds(VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS), frames);
        double oursMjpeg = encodeCpuSeconds(VideoEncoderConfig.of(VideoCodec.MJPEG, W, H, FPS), frames);
        double video = frames.size() / (double) FPS;
        System.out.printf("frames: %d of testsrc2 %s (%.1f s of video), %d cores%n", frames.size(), size, video,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("ours: H.264 %.3f CPU s per video s, MJPEG %.1f frames per CPU s%n",
                oursH264 / video, frames.size() / oursMjpeg);
        // the Debian CLI, and the CLI bundled with org.bytedeco:ffmpeg (the very libraries we use)
        for (String ffmpeg : List.of("ffmpeg", Loader.load(org.bytedeco.ffmpeg.ffmpeg.class))) {
            double lavfi = cpuSeconds(cmd(ffmpeg, new String[] {"-f", "lavfi", "-i",
                "testsrc2=size=1920x1080:rate=30", "-t", Integer.toString(SECONDS)},
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency"));
            double rawH264 = cpuSeconds(cmd(ffmpeg, rawIn, "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency"));
            double ffMjpeg = cpuSeconds(cmd(ffmpeg, rawInJ, "-c:v", "mjpeg", "-q:v", "5"));
            System.out.printf("vs %s:%n  H.264 CPU s per video s: lavfi %.3f (ours/ffmpeg %.2f), rawvideo %.3f"
                    + " (ours/ffmpeg %.2f)%n  MJPEG frames per CPU s: %.1f (ours/ffmpeg %.2f)%n", ffmpeg,
                    lavfi / video, oursH264 / lavfi, rawH264 / video, oursH264 / rawH264,
                    frames.size() / ffMjpeg, ffMjpeg / oursMjpeg);
        }
    }

    /** Process CPU seconds spent encoding all frames once, after encoding 30 of them to warm up. */
    static double encodeCpuSeconds(VideoEncoderConfig config, List<YuvFrame> frames) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (VideoEncoder encoder = VideoEncoder.open(config)) {
            long t = 0;
            for (int i = 0; i < 30; i++) {
                encoder.encode(frames.get(i).withCaptureNanos(t++ * 1_000_000_000L / FPS));
            }
            long cpu0 = os.getProcessCpuTime();
            long bytes = 0;
            for (YuvFrame f : frames) {
                for (EncodedPacket p : encoder.encode(f.withCaptureNanos(t++ * 1_000_000_000L / FPS))) {
                    bytes += p.size();
                }
            }
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("ours %s: %.2f CPU s, %.0f kbit/s%n", config.codec(), cpu,
                    bytes * 8.0 / (frames.size() / (double) FPS) / 1000);
            return cpu;
        }
    }

    private static List<String> cmd(String ffmpeg, String[] input, String... output) {
        List<String> c = new ArrayList<>(List.of("/usr/bin/time", "-f", "CPU %U %S", ffmpeg, "-nostdin", "-v", "error"));
        c.addAll(List.of(input));
        c.addAll(List.of(output));
        c.addAll(List.of("-f", "null", "-"));
        return c;
    }

    /** User + system seconds reported by /usr/bin/time for the command. */
    private static double cpuSeconds(List<String> command) throws IOException, InterruptedException {
        String out = run(command);
        String line = out.lines().filter(l -> l.startsWith("CPU ")).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException("no time output from " + command + ": " + out));
        String[] parts = line.split(" ");
        double cpu = Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]);
        System.out.printf("%s: %.2f CPU s%n", String.join(" ", command.subList(3, command.size())), cpu);
        return cpu;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static List<YuvFrame> load(Path raw) throws IOException {
        int frameBytes = W * H * 3 / 2;
        List<YuvFrame> frames = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(raw)) {
            long count = Math.min(ch.size() / frameBytes, (long) FPS * SECONDS);
            for (int i = 0; i < count; i++) {
                YuvFrame f = YuvFrame.allocate(W, H, 0);
                for (ByteBuffer plane : new ByteBuffer[] {f.y(), f.u(), f.v()}) {
                    plane.clear();
                    while (plane.hasRemaining()) {
                        if (ch.read(plane) < 0) {
                            throw new IOException("short file " + raw);
                        }
                    }
                    plane.clear();
                }
                frames.add(f);
            }
        }
        return frames;
    }
}
