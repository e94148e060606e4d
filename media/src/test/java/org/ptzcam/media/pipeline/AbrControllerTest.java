package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.BitrateControl.Abr;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;

/**
 * ABR measured on five simulated minutes of real x264 output (320x180, 15 fps, encoded as fast as
 * the machine goes): busy and static half-minutes alternate, as a scene does. The controller must
 * meet the target over the retention time (±10 %) by spending in busy periods what static ones saved.
 */
class AbrControllerTest {

    private static final int FPS = 15;
    private static final int SECONDS = 300;
    private static final int TARGET_KBPS = 300;
    private static final int W = 320;
    private static final int H = 180;
    private static final List<YuvFrame> BUSY = new ArrayList<>();
    private static YuvFrame still;

    @BeforeAll
    static void content() {
        Random random = new Random(7);
        for (int i = 0; i < 2 * FPS; i++) {
            BUSY.add(noise(random, 60));
        }
        still = noise(new Random(8), 2);   // a quiet scene: cheap even as a key frame
    }

    private static YuvFrame noise(Random random, int amplitude) {
        YuvFrame f = YuvFrame.allocate(W, H, 0);
        fill(f.y(), random, amplitude);
        fill(f.u(), random, amplitude / 3);
        fill(f.v(), random, amplitude / 3);
        return f;
    }

    private static void fill(java.nio.ByteBuffer plane, Random random, int amplitude) {
        for (int i = 0; i < plane.capacity(); i++) {
            plane.put(i, (byte) (128 + random.nextInt(2 * amplitude + 1) - amplitude));
        }
    }

    /** Busy in even half-minutes, a still picture in odd ones. */
    private static YuvFrame frame(int i) {
        boolean busy = (i / (30 * FPS)) % 2 == 0;
        return (busy ? BUSY.get(i % BUSY.size()) : still).withCaptureNanos(i * 1_000_000_000L / FPS);
    }

    @Test
    void meetsTheTargetOverTheRetentionTime() {
        Result r = run(new Abr(TARGET_KBPS, Duration.ofSeconds(SECONDS)), true);
        assertThat(r.averageKbps()).isBetween(TARGET_KBPS * 0.9, TARGET_KBPS * 1.1);
        assertThat(r.busyKbps()).as("busy periods spend what static ones saved").isGreaterThan(TARGET_KBPS * 1.3);
    }

    @Test
    void theEncoderTakesTheControllersRateAtOnce() {
        Abr abr = new Abr(TARGET_KBPS, Duration.ofSeconds(SECONDS));
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS).withBitrateControl(abr);
        long first = 0;
        long second = 0;
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (int i = 0; i < 20 * FPS; i++) {
                if (i == 10 * FPS) {
                    assertThat(encoder.setAverageBitrate(3 * TARGET_KBPS)).isTrue();
                }
                YuvFrame f = BUSY.get(i % BUSY.size()).withCaptureNanos(i * 1_000_000_000L / FPS);
                for (EncodedPacket p : encoder.encode(f)) {
                    if (i >= 5 * FPS && i < 10 * FPS) {
                        first += p.size();
                    } else if (i >= 15 * FPS) {
                        second += p.size();
                    }
                }
            }
        }
        System.out.printf("ABR rate moved live: %.0f -> %.0f kbit/s%n", first * 8 / 5000.0, second * 8 / 5000.0);
        assertThat(second).isGreaterThan(first * 2);
    }

    @Test
    void theControllerSpreadsWhatIsLeftOverTheTimeLeft() {
        AbrController c = new AbrController(new Abr(1000, Duration.ofSeconds(100)));
        long t = 0;
        int rate = 0;
        // 10 s at 3x the target: 30 of the 100 Mbit spent, 70 left for 90 s
        for (int i = 0; i <= 10 * 10; i++, t += 100_000_000L) {
            int r = c.onUnit(t, 3000 * 1000 / 8 / 10);
            rate = r > 0 ? r : rate;
        }
        assertThat(rate).isBetween(770, 790);
        // a new retention period starts afresh
        c.onUnit(100_000_000_000L, 1);
        int fresh = c.onUnit(101_000_000_000L, 1000 * 1000 / 8);
        assertThat(fresh).isBetween(990, 1010);
    }

    @Test
    void theMaximumBitrateCapsBusyPeriods() {
        Result r = run(new Abr(TARGET_KBPS, Duration.ofSeconds(SECONDS), 400), true);
        assertThat(r.busyKbps()).isLessThanOrEqualTo(400 * 1.1);
    }

    private record Result(double averageKbps, double busyKbps) {
    }

    private static Result run(Abr abr, boolean steer) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, W, H, FPS).withBitrateControl(abr);
        AbrController controller = new AbrController(abr);
        long total = 0;
        long busy = 0;
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (int i = 0; i < SECONDS * FPS; i++) {
                YuvFrame f = frame(i);
                for (EncodedPacket p : encoder.encode(f)) {
                    total += p.size();
                    if ((i / (30 * FPS)) % 2 == 0) {
                        busy += p.size();
                    }
                    int kbps = controller.onUnit(f.captureNanos(), p.size());
                    if (steer && kbps > 0) {
                        assertThat(encoder.setAverageBitrate(kbps)).isTrue();
                    }
                }
            }
        }
        Result r = new Result(total * 8.0 / SECONDS / 1000, busy * 8.0 / (SECONDS / 2.0) / 1000);
        System.out.printf("%s steer=%s: average %.0f kbit/s, busy periods %.0f kbit/s (target %d)%n",
                abr, steer, r.averageKbps(), r.busyKbps(), TARGET_KBPS);
        return r;
    }
}
