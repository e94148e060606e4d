package org.ptzcam.bench.pipeline;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
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
 * Zipstream off (the ratio columns: each codec against its own "off"). The plaza view at noon,
 * 640×360, 30 fps, ultrafast/zerolatency (SVT-AV1 preset 11, real-time), compression 30 (x264/x265
 * CRF 23), GOP 32: a busy period (scene clock running: people and cars move), a static one (scene
 * clock frozen: the picture repeats bit for bit) and two seconds of motion again.
 *
 * <p>Bytes are counted for the picture a packet shows (its presentation time), so B-frames
 * ("storage") are not shifted. PSNR is luma against the source of every captured frame, using the
 * last decoded picture up to that frame where dynamic FPS skipped one (what a viewer sees).
 *
 * <p>{@code java -cp ... org.ptzcam.bench.pipeline.ZipstreamStrengths [--seconds 8]}
 */
public final class ZipstreamStrengths {

    private static final int W = 640;
    private static final int H = 360;
    private static final int FPS = 30;

    private ZipstreamStrengths() {
    }

    private record Row(VideoCodec codec, String label, Zipstream z) {
    }

    /** Per capture frame: bytes sent for it, pictures sent for it, PSNR of what the viewer shows. */
    private record Result(long[] bytes, int[] sent, double[] psnr) {
    }

    public static void main(String[] args) {
        Args a = Args.parse(args, "seconds");
        int seconds = a.integer("seconds", 8);
        int busy = seconds * FPS;
        int still = seconds * FPS;
        int resume = 2 * FPS;
        List<YuvFrame> frames = render(busy, still, resume);
        Zipstream high = Zipstream.ofStrength(30);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Zipstream.STRENGTHS.size(); i++) {
            rows.add(new Row(VideoCodec.H264, Zipstream.STRENGTH_NAMES.get(i), Zipstream.ofStrength(Zipstream.STRENGTHS.get(i))));
        }
        rows.add(new Row(VideoCodec.H264, "high + dynamic GOP", high.withDynamicGop(Zipstream.MAX_GOP)));
        rows.add(new Row(VideoCodec.H264, "high + dyn. GOP + dyn. FPS 1", high.withDynamicGop(Zipstream.MAX_GOP).withDynamicFps(1)));
        rows.add(new Row(VideoCodec.H264, "off + dynamic GOP", Zipstream.OFF.withDynamicGop(Zipstream.MAX_GOP)));
        rows.add(new Row(VideoCodec.H264, "off + storage (B-frames)", Zipstream.OFF.withStorage(true)));
        rows.add(new Row(VideoCodec.H264, "high + storage (B-frames)", high.withStorage(true)));
        rows.add(new Row(VideoCodec.H265, "off", Zipstream.OFF));
        rows.add(new Row(VideoCodec.H265, "high", high));
        rows.add(new Row(VideoCodec.H265, "extreme", Zipstream.ofStrength(50)));
        rows.add(new Row(VideoCodec.H265, "high + storage (B-frames)", high.withStorage(true)));
        rows.add(new Row(VideoCodec.AV1, "off", Zipstream.OFF));
        rows.add(new Row(VideoCodec.AV1, "high", high));
        rows.add(new Row(VideoCodec.AV1, "high + dynamic GOP", high.withDynamicGop(Zipstream.MAX_GOP)));
        System.out.printf("ZipstreamStrengths: plaza view at noon, %dx%d@%d, compression 30 (x264/x265 ultrafast/zerolatency"
                + " CRF 23, SVT-AV1 preset 11 rtc), GOP 32; %d s busy, %d s static (frozen scene clock), 2 s busy again%n",
                W, H, FPS, seconds, seconds);
        System.out.printf("machine: %s%n", Machine.describe());
        System.out.printf("%-5s %-28s %10s %6s %8s %11s %6s %8s %10s %8s%n", "codec", "setting", "busy kb/s", "ratio",
                "PSNR dB", "static kb/s", "ratio", "PSNR dB", "resume fps", "PSNR dB");
        Result off = null;
        int staticFrom = busy + FPS; // after the half-second hangover and the first second
        for (Row r : rows) {
            Result res = encode(frames, r.codec(), r.z());
            if (r.z().equals(Zipstream.OFF)) {
                off = res;
            }
            System.out.printf("%-5s %-28s %10.0f %6.2f %8.2f %11.1f %6.3f %8.2f %10d %8.2f%n", r.codec(), r.label(),
                    kbps(res, FPS, busy), kbps(res, FPS, busy) / kbps(off, FPS, busy), psnr(res, FPS, busy),
                    kbps(res, staticFrom, busy + still), kbps(res, staticFrom, busy + still) / kbps(off, staticFrom, busy + still),
                    psnr(res, staticFrom, busy + still),
                    sent(res, busy + still, busy + still + FPS), psnr(res, busy + still, busy + still + FPS));
        }
        System.out.printf("machine after: load average %s%n", Machine.loadAverage());
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

    /** The capture frame a timestamp (90 kHz, or nanoseconds) belongs to. */
    private static int index(long pts90k) {
        return (int) Math.round(pts90k * (double) FPS / VideoCodec.CLOCK_RATE);
    }

    private static Result encode(List<YuvFrame> frames, VideoCodec codec, Zipstream z) {
        VideoEncoderConfig config = VideoEncoderConfig.of(codec, W, H, FPS).withZipstream(z);
        Result r = new Result(new long[frames.size()], new int[frames.size()], new double[frames.size()]);
        Viewer viewer = new Viewer(frames, r.psnr());
        try (VideoEncoder enc = VideoEncoder.open(config, 1); VideoDecoder dec = VideoDecoder.open(codec)) {
            for (YuvFrame f : frames) {
                take(enc.encode(f), dec, r, viewer);
            }
            take(enc.flush(), dec, r, viewer);
            dec.flush().forEach(viewer::show);
        }
        viewer.finish();
        return r;
    }

    private static void take(List<EncodedPacket> packets, VideoDecoder dec, Result r, Viewer viewer) {
        for (EncodedPacket p : packets) {
            int i = index(p.pts());
            r.bytes()[i] += p.size();
            r.sent()[i]++;
            dec.decode(p).forEach(viewer::show);
        }
    }

    /** What a viewer sees per capture frame: decoded pictures come in presentation order. */
    private static final class Viewer {
        private final List<YuvFrame> sources;
        private final double[] psnr;
        private YuvFrame shown;
        private int filled;

        Viewer(List<YuvFrame> sources, double[] psnr) {
            this.sources = sources;
            this.psnr = psnr;
        }

        void show(YuvFrame d) {
            int j = index(Timestamps.toClock(d.captureNanos(), VideoCodec.CLOCK_RATE));
            for (; filled < j; filled++) {
                psnr[filled] = shown == null ? 0 : lumaPsnr(sources.get(filled), shown);
            }
            psnr[j] = lumaPsnr(sources.get(j), d);
            shown = d;
            filled = j + 1;
        }

        void finish() {
            for (; filled < psnr.length; filled++) {
                psnr[filled] = shown == null ? 0 : lumaPsnr(sources.get(filled), shown);
            }
        }
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
