package org.ptzcam.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.BitrateControl;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Bitrate per bitrate-control mode on the simulated scene (home view, 640x360, 30 fps, x264
 * ultrafast/zerolatency, compression 30 = CRF 23, GOP 32), ours beside the ffmpeg CLI given the
 * same x264 settings, as a ratio. MBR with quality priority drops frames, which the CLI cannot:
 * its row compares with the CLI's capped CRF and says how many frames we kept.
 *
 * <p>{@code java -cp bench/target/ptzcam-bench-0.1.0.jar:$(cat bench/target/classpath.txt)
 * org.ptzcam.bench.pipeline.BitrateModes [--seconds 10] [--target 500]}
 */
public final class BitrateModes {

    private static final int W = 640;
    private static final int H = 360;
    private static final int FPS = 30;

    private BitrateModes() {
    }

    private record Mode(String label, BitrateControl control, List<String> cli) {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "seconds", "target");
        int seconds = a.integer("seconds", 10);
        int target = a.integer("target", 500);
        FfmpegCli.require();
        String k = target + "k";
        String buffer = Math.round(target * 0.2) + "k";
        List<Mode> modes = List.of(
                new Mode("VBR (CRF 23)", BitrateControl.vbr(), List.of()),
                new Mode("MBR frame rate " + target, new BitrateControl.Mbr(target, BitrateControl.Priority.FRAMERATE),
                        List.of("-maxrate", k, "-bufsize", buffer)),
                new Mode("MBR quality " + target, new BitrateControl.Mbr(target, BitrateControl.Priority.QUALITY),
                        List.of("-maxrate", k, "-bufsize", buffer)),
                new Mode("ABR " + target + " (cap, no controller)", new BitrateControl.Abr(target, Duration.ofHours(1)),
                        List.of("-maxrate", k, "-bufsize", k)));
        System.out.printf("BitrateModes: %d s of the simulated scene, %dx%d@%d, x264 ultrafast/zerolatency CRF 23 GOP 32%n",
                seconds, W, H, FPS);
        System.out.printf("machine: %s; %s%n", Machine.describe(), FfmpegCli.version());
        List<YuvFrame> frames = render(seconds * FPS);
        Path raw = Files.createTempFile("ptzcam-bitrate", ".yuv");
        Path out = Files.createTempFile("ptzcam-bitrate", ".h264");
        try {
            MjpegThroughput.writeRaw(frames, raw);
            System.out.printf("%-36s %12s %12s %8s %10s%n", "mode", "ours kbit/s", "ffmpeg kbit/s", "ratio", "our frames");
            for (Mode m : modes) {
                long[] ours = encodeOurs(frames, m.control());
                List<String> cmd = new ArrayList<>(List.of("-y", "-f", "rawvideo", "-pix_fmt", "yuvj420p", "-s", W + "x" + H,
                        "-r", Integer.toString(FPS), "-i", raw.toString(), "-threads", "1", "-c:v", "libx264",
                        "-preset", "ultrafast", "-tune", "zerolatency", "-crf", "23", "-g", "32",
                        "-x264-params", "repeat-headers=1:scenecut=0"));
                cmd.addAll(m.cli());
                cmd.addAll(List.of("-f", "h264", out.toString()));
                FfmpegCli.run(cmd);
                double oursKbps = ours[0] * 8.0 / seconds / 1000;
                double cliKbps = Files.size(out) * 8.0 / seconds / 1000;
                System.out.printf("%-36s %12.0f %12.0f %8.2f %10d%n", m.label(), oursKbps, cliKbps, oursKbps / cliKbps,
                        ours[1]);
            }
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(out);
        }
    }

    private static List<YuvFrame> render(int n) {
        SimulatedWorld world = new SimulatedWorld(LiveCost.SEED);
        long start = Instant.parse("2026-06-21T12:00:00Z").toEpochMilli();
        List<YuvFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            YuvFrame f = YuvFrame.allocate(W, H, i * 1_000_000_000L / FPS);
            world.render(f, ViewState.home(), start + i * 1000L / FPS);
            frames.add(f);
        }
        return frames;
    }

    /** {bytes, frames} of our encoder in one mode. */
    private static long[] encodeOurs(List<YuvFrame> frames, BitrateControl control) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS).withBitrateControl(control);
        long bytes = 0;
        long count = 0;
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (YuvFrame f : frames) {
                for (EncodedPacket p : encoder.encode(f)) {
                    bytes += p.size();
                    count++;
                }
            }
        }
        return new long[] {bytes, count};
    }
}
