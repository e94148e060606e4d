package org.ptzcam.codec.video;

import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Psnr;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;

/**
 * Encodes a {@link PausableScene} through a real encoder with a motion schedule (seconds moving,
 * static, moving …), decodes every packet with our decoder and records, per encoded frame, its
 * capture frame number, size, key flag, PSNR against the source picture and PSNR inside the moving
 * objects' rectangles (where they are in that picture, moving or paused).
 */
final class ZipstreamRun {

    static final int W = 640;
    static final int H = 360;
    static final int FPS = 30;

    /** One encoded frame. */
    record Frame(int n, int bytes, boolean key, double psnr, double objectPsnr) {
    }

    private ZipstreamRun() {
    }

    /** {@code schedule}: alternating seconds of motion and stillness, starting with motion. */
    static List<Frame> run(VideoCodec codec, Zipstream z, int... schedule) {
        PausableScene scene = new PausableScene(W, H);
        VideoEncoderConfig config = VideoEncoderConfig.of(codec, W, H, FPS).withZipstream(z);
        List<Frame> out = new ArrayList<>();
        try (VideoEncoder enc = VideoEncoder.open(config, 1); VideoDecoder dec = VideoDecoder.open(codec)) {
            int n = 0;
            int sceneFrame = 0;
            boolean moving = true;
            for (int seconds : schedule) {
                for (int i = 0; i < seconds * FPS; i++, n++) {
                    if (moving) {
                        sceneFrame++;
                    }
                    YuvFrame src = scene.frame(n, FPS, sceneFrame);
                    for (EncodedPacket p : enc.encode(src)) {
                        List<YuvFrame> decoded = dec.decode(p);
                        double psnr = decoded.isEmpty() ? 0 : Psnr.luma(src, decoded.get(0));
                        double objects = decoded.isEmpty() ? 0 : Psnr.lumaIn(src, decoded.get(0), scene.objects(sceneFrame));
                        out.add(new Frame(n, p.data().length, p.keyframe(), psnr, objects));
                    }
                }
                moving = !moving;
            }
        }
        return out;
    }

    /** Bits per second over capture frames [from, to). */
    static double kbps(List<Frame> frames, int from, int to) {
        long bytes = frames.stream().filter(f -> f.n() >= from && f.n() < to).mapToLong(Frame::bytes).sum();
        return bytes * 8.0 / 1000 / ((to - from) / (double) FPS);
    }

    static long count(List<Frame> frames, int from, int to) {
        return frames.stream().filter(f -> f.n() >= from && f.n() < to).count();
    }

    static List<Integer> keys(List<Frame> frames) {
        return frames.stream().filter(Frame::key).map(Frame::n).toList();
    }

    static double meanPsnr(List<Frame> frames, int from, int to) {
        return frames.stream().filter(f -> f.n() >= from && f.n() < to).mapToDouble(Frame::psnr).average().orElse(0);
    }

    /** Mean PSNR inside the moving objects over capture frames [from, to). */
    static double objectPsnr(List<Frame> frames, int from, int to) {
        return frames.stream().filter(f -> f.n() >= from && f.n() < to).mapToDouble(Frame::objectPsnr).average().orElse(0);
    }
}
