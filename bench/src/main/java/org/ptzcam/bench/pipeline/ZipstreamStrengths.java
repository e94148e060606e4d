package org.ptzcam.bench.pipeline;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoDecoder;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.codec.video.Zipstream;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Bitrate and quality per Zipstream setting on the simulated scene, beside the same encoder with
 * Zipstream off (the ratio column). The plaza view at noon, 640×360, 30 fps, x264
 * ultrafast/zerolatency CRF 23, GOP 32: a busy period (scene clock running: people and cars move),
 * a static one (scene clock frozen: the picture repeats bit for bit) and two seconds of motion
 * again. PSNR is luma against the source of every captured frame, using the last decoded frame
 * where dynamic FPS skipped one (what a viewer sees).
 *
 * <p>{@code java -cp ... org.ptzcam.bench.pipeline.ZipstreamStrengths [--seconds 8]}
 */
public final class ZipstreamStrengths {

    private static final int W = 640;
    private static final int H = 360;
    private static final int FPS = 30;

    private ZipstreamStrengths() {
    }

    private record Row(String label, Zipstream z) {
    }

    /** Per capture frame: bytes sent for it and PSNR of what the viewer shows. */
    private record Result(long[] bytes, double[] psnr, int[] sent) {
    }

    public static void main(String[] args) {
        Args a = Args.parse(args, "seconds");
        int seconds = a.integer("seconds", 8);
        int busy = seconds * FPS;
        int still = seconds * FPS;
        int resume = 2 * FPS;
        List<YuvFrame> frames = render(busy, still, resume);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Zipstream.STRENGTHS.size(); i++) {
            rows.add(new Row(Zipstream.STRENGTH_NAMES.get(i), Zipstream.ofStrength(Zipstream.STRENGTHS.get(i))));
        }
        Zipstream high = Zipstream.ofStrength(30);
        rows.add(new Row("high + dynamic GOP", high.withDynamicGop(Zipstream.MAX_GOP)));
        rows.add(new Row("high + dyn. GOP + dyn. FPS 1", high.withDynamicGop(Zipstream.MAX_GOP).withDynamicFps(1)));
        rows.add(new Row("off + dynamic GOP", Zipstream.OFF.withDynamicGop(Zipstream.MAX_GOP)));
        System.out.printf("ZipstreamStrengths: plaza view at noon, %dx%d@%d, x264 ultrafast/zerolatency CRF 23 GOP 32;"
                + " %d s busy, %d s static (frozen scene clock), 2 s busy again%n", W, H, FPS, seconds, seconds);
        System.out.printf("machine: %s%n", Machine.describe());
        System.out.printf("%-30s %10s %6s %8s %11s %6s %8s %10s %8s%n", "setting", "busy kb/s", "ratio", "PSNR dB",
                "static kb/s", "ratio", "PSNR dB", "resume fps", "PSNR dB");
        Result off = null;
        for (Row r : rows) {
            Result res = encode(frames, r.z());
            if (off == null) {
                off = res;
            }
            int staticFrom = busy + FPS; // after the half-second hangover and the first second
            System.out.printf("%-30s %10.0f %6.2f %8.2f %11.1f %6.3f %8.2f %10d %8.2f%n", r.label(),
                    kbps(res, FPS, busy), kbps(res, FPS, busy) / kbps(off, FPS, busy), psnr(res, FPS, busy),
                    kbps(res, staticFrom, busy + still), kbps(res, staticFrom, busy + still) / kbps(off, staticFrom, busy + still),
                    psnr(res, staticFrom, busy + still),
                    sent(res, busy + still, busy + still + FPS), psnr(res, busy + still, busy + still + FPS));
        }
    }

    private static List<YuvFrame> render(int busy, int still, int resume) {
        SimulatedWorld world = new SimulatedWorld(LiveCost.SEED);
        ViewState plaza = new ViewState(180, -25, 1, 1);
        long start = Instant.parse("2026-06-21T12:00:00Z").toEpochMilli();
        List<YuvFrame> frames = new ArrayList<>();
        long scene = start;
        for (int i = 0; i < busy + still + resume; i++) {
            boolean moving = i < busy || i >= busy + still;
            if (moving) {
                scene += 1000L / FPS;
            }
            YuvFrame f = YuvFrame.allocate(W, H, i * 1_000_000_000L / FPS);
            world.render(f, plaza, scene);
            frames.add(f);
        }
        return frames;
    }

    private static Result encode(List<YuvFrame> frames, Zipstream z) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS).withZipstream(z);
        long[] bytes = new long[frames.size()];
        double[] psnr = new double[frames.size()];
        int[] sent = new int[frames.size()];
        try (VideoEncoder enc = VideoEncoder.open(config, 1); VideoDecoder dec = VideoDecoder.open(VideoCodec.H264)) {
            YuvFrame shown = null;
            for (int i = 0; i < frames.size(); i++) {
                for (EncodedPacket p : enc.encode(frames.get(i))) {
                    bytes[i] += p.size();
                    sent[i]++;
                    for (YuvFrame d : dec.decode(p)) {
                        shown = d;
                    }
                }
                psnr[i] = shown == null ? 0 : lumaPsnr(frames.get(i), shown);
            }
        }
        return new Result(bytes, psnr, sent);
    }

    private static double kbps(Result r, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += r.bytes()[i];
        }
        return sum * 8.0 / 1000 / ((to - from) / (double) FPS);
    }

    private static double psnr(Result r, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += r.psnr()[i];
        }
        return sum / (to - from);
    }

    private static int sent(Result r, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += r.sent()[i];
        }
        return n;
    }

    private static double lumaPsnr(YuvFrame a, YuvFrame b) {
        ByteBuffer x = a.y();
        ByteBuffer y = b.y();
        double sse = 0;
        int n = a.width() * a.height();
        for (int i = 0; i < n; i++) {
            int d = (x.get(i) & 0xff) - (y.get(i) & 0xff);
            sse += d * d;
        }
        return sse == 0 ? 100 : 10 * Math.log10(255.0 * 255.0 * n / sse);
    }
}
