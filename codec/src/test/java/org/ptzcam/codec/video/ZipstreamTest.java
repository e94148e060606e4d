package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ptzcam.codec.video.ZipstreamRun.count;
import static org.ptzcam.codec.video.ZipstreamRun.kbps;
import static org.ptzcam.codec.video.ZipstreamRun.keys;
import static org.ptzcam.codec.video.ZipstreamRun.meanPsnr;
import static org.ptzcam.codec.video.ZipstreamRun.objectPsnr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.ZipstreamRun.Frame;

/**
 * Zipstream measured on real x264 (and x265) output: 3 s of motion, 5 s with the motion paused (the picture
 * bit-identical frame to frame, like the simulated world with a frozen scene clock), 3 s of motion
 * again, 640×360 at 30 fps, GOP 32, compression 30. Capture frames 0–89 busy, 90–239 static
 * (120–239 after the half-second hangover), 240–329 busy.
 */
class ZipstreamTest {

    private static final int[] SCHEDULE = {3, 5, 3};
    private static final Zipstream HIGH = Zipstream.ofStrength(30);

    @Test
    void staticSceneAtStrengthHighAloneCostsAtMostHalfOfOff() {
        List<Frame> off = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF, SCHEDULE);
        List<Frame> high = ZipstreamRun.run(VideoCodec.H264, HIGH, SCHEDULE);
        double offStatic = kbps(off, 120, 240);
        double highStatic = kbps(high, 120, 240);
        System.out.printf("H.264 static kbit/s, fixed GOP: off %.0f, high %.0f (%.2f); PSNR static off %.2f, high %.2f"
                + " (busy %.2f)%n", offStatic, highStatic, highStatic / offStatic, meanPsnr(off, 120, 240),
                meanPsnr(high, 120, 240), meanPsnr(high, 30, 90));
        assertThat(highStatic).isLessThanOrEqualTo(0.5 * offStatic);
        // the whole static period including the hangover, too
        assertThat(kbps(high, 90, 240)).isLessThanOrEqualTo(0.5 * kbps(off, 90, 240));
        // the still picture keeps the quality it had while it moved (off refines it instead)
        assertThat(meanPsnr(high, 120, 240)).isGreaterThan(meanPsnr(high, 30, 90) - 2.0).isGreaterThan(35);
    }

    @Test
    void dynamicGopOnTopLeavesAStaticSceneNextToNothing() {
        List<Frame> off = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF, SCHEDULE);
        List<Frame> high = ZipstreamRun.run(VideoCodec.H264, HIGH.withDynamicGop(Zipstream.MAX_GOP), SCHEDULE);
        System.out.printf("H.264 static kbit/s: off %.0f, high + dynamic GOP %.1f%n", kbps(off, 120, 240),
                kbps(high, 120, 240));
        assertThat(kbps(high, 120, 240)).isLessThanOrEqualTo(0.05 * kbps(off, 120, 240));
    }

    @Test
    void eachStrengthShrinksStaticRegionsFurther() {
        double off = kbps(ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF, SCHEDULE), 120, 240);
        double low = kbps(ZipstreamRun.run(VideoCodec.H264, Zipstream.ofStrength(10), SCHEDULE), 120, 240);
        double high = kbps(ZipstreamRun.run(VideoCodec.H264, HIGH, SCHEDULE), 120, 240);
        double extreme = kbps(ZipstreamRun.run(VideoCodec.H264, Zipstream.ofStrength(50), SCHEDULE), 120, 240);
        System.out.printf("H.264 static kbit/s, fixed GOP: off %.0f low %.0f high %.0f extreme %.0f%n", off, low, high, extreme);
        assertThat(low).isLessThan(0.9 * off);
        assertThat(high).isLessThan(0.9 * low);
        assertThat(extreme).isLessThan(0.9 * high);
    }

    @Test
    void motionAfterStaticRecoversWithinOneSecond() {
        List<Frame> off = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF, SCHEDULE);
        Zipstream z = HIGH.withDynamicGop(Zipstream.MAX_GOP).withDynamicFps(1);
        List<Frame> zip = ZipstreamRun.run(VideoCodec.H264, z, SCHEDULE);
        double busy = kbps(zip, 30, 90);
        double firstSecond = kbps(zip, 240, 270);
        System.out.printf("high+dynamic: busy %.0f kbit/s, static %.0f, first second after motion %.0f, frames %d;"
                + " moving objects' PSNR after motion %.2f dB (off %.2f)%n", busy, kbps(zip, 120, 240), firstSecond,
                count(zip, 240, 270), objectPsnr(zip, 240, 270), objectPsnr(off, 240, 270));
        // full frame rate from the first changed frame on, and the bitrate back at its busy level
        assertThat(zip).anyMatch(f -> f.n() == 240);
        assertThat(count(zip, 240, 270)).isEqualTo(30);
        assertThat(firstSecond).isGreaterThanOrEqualTo(0.7 * busy);
        // the moving objects as good as before the pause and as without Zipstream
        assertThat(objectPsnr(zip, 240, 270)).isGreaterThan(objectPsnr(zip, 30, 90) - 1.0)
                .isGreaterThan(objectPsnr(off, 240, 270) - 1.0);
    }

    @Test
    void h265TakesTheOffsetsToo() {
        // libx265 crashed the JVM with region offsets until every frame carried them (see RegionsOfInterest)
        List<Frame> off = ZipstreamRun.run(VideoCodec.H265, Zipstream.OFF, SCHEDULE);
        List<Frame> high = ZipstreamRun.run(VideoCodec.H265, HIGH, SCHEDULE);
        System.out.printf("H.265 static kbit/s, fixed GOP: off %.0f, high %.0f; PSNR static %.2f, busy %.2f;"
                + " moving objects after motion %.2f dB (off %.2f)%n", kbps(off, 120, 240), kbps(high, 120, 240),
                meanPsnr(high, 120, 240), meanPsnr(high, 30, 90), objectPsnr(high, 240, 270), objectPsnr(off, 240, 270));
        assertThat(count(high, 0, 330)).isEqualTo(330);
        assertThat(kbps(high, 120, 240)).isLessThanOrEqualTo(0.5 * kbps(off, 120, 240));
        assertThat(meanPsnr(high, 120, 240)).isGreaterThan(meanPsnr(high, 30, 90) - 2.0);
        assertThat(objectPsnr(high, 240, 270)).isGreaterThan(objectPsnr(off, 240, 270) - 1.0);
    }

    @Test
    void bFramesKeepTheSavings() {
        // with B-frames the encoders hold pictures back (x265: 8) and put them out of order; the static
        // blocks' offsets follow each packet's own frame
        for (VideoCodec codec : List.of(VideoCodec.H264, VideoCodec.H265)) {
            double off = kbps(ZipstreamRun.run(codec, Zipstream.OFF.withStorage(true), SCHEDULE), 120, 240);
            double high = kbps(ZipstreamRun.run(codec, HIGH.withStorage(true), SCHEDULE), 120, 240);
            System.out.printf("%s with B-frames, static kbit/s: off %.0f, high %.0f%n", codec, off, high);
            assertThat(high).isLessThanOrEqualTo(0.5 * off);
        }
    }

    @Test
    void dynamicFpsDropsToMinFpsWhileStaticAndReturnsWithinOneFrame() {
        List<Frame> one = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF.withDynamicFps(1), SCHEDULE);
        List<Frame> five = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF.withDynamicFps(5), SCHEDULE);
        System.out.printf("static frames in 4 s: min 1 fps %d, min 5 fps %d%n", count(one, 120, 240), count(five, 120, 240));
        assertThat(count(one, 0, 90)).isEqualTo(90);
        assertThat(count(one, 120, 240)).isBetween(4L, 5L);
        assertThat(count(five, 120, 240)).isBetween(19L, 21L);
        // the first frame that shows motion again is encoded, and every one after it
        assertThat(one).anyMatch(f -> f.n() == 240);
        assertThat(count(one, 240, 330)).isEqualTo(90);
    }

    @Test
    void dynamicGopSendsNoKeyFrameWhileStaticAndAFreshOneOnMotion() {
        List<Frame> off = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF, SCHEDULE);
        List<Frame> dyn = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF.withDynamicGop(Zipstream.MAX_GOP), SCHEDULE);
        List<Frame> capped = ZipstreamRun.run(VideoCodec.H264, Zipstream.OFF.withDynamicGop(60), SCHEDULE);
        System.out.printf("key frames: off %s, dynamic %s, dynamic max 60 %s%n", keys(off), keys(dyn), keys(capped));
        assertThat(keys(off)).contains(128, 160, 192, 224);
        // busy: the usual GOP; static: none up to the limit; motion: a key frame at once
        assertThat(keys(dyn)).filteredOn(k -> k <= 96).containsExactly(0, 32, 64, 96);
        assertThat(keys(dyn)).filteredOn(k -> k > 96 && k < 240).isEmpty();
        assertThat(keys(dyn)).filteredOn(k -> k >= 240 && k <= 241).hasSize(1);
        // with an upper limit of 60 frames the static scene still gets a key frame every 60 frames
        assertThat(keys(capped)).filteredOn(k -> k > 96 && k < 240).containsExactly(156, 216);
        // quality after the pause: the first second within 1 dB of Zipstream off
        double offPsnr = meanPsnr(off, 240, 270);
        double dynPsnr = meanPsnr(dyn, 240, 270);
        System.out.printf("PSNR first second after motion: off %.2f dB, dynamic GOP %.2f dB%n", offPsnr, dynPsnr);
        assertThat(dynPsnr).isGreaterThan(offPsnr - 1.0);
    }

    @Test
    void mjpegIgnoresZipstream() {
        VideoEncoderConfig c = VideoEncoderConfig.of(VideoCodec.MJPEG, 320, 180, 30)
                .withZipstream(HIGH.withDynamicFps(1).withDynamicGop(100));
        assertThat(c.effectiveZipstream()).isEqualTo(Zipstream.OFF);
        PausableScene scene = new PausableScene(320, 180);
        try (VideoEncoder enc = VideoEncoder.open(c, 1)) {
            for (int n = 0; n < 10; n++) {
                assertThat(enc.encode(scene.frame(n, 30, 0))).hasSize(1);
            }
            assertThat(enc.skippedFrames()).isZero();
        }
    }
}
