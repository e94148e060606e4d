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
        still = noise(new Random(8), 60);
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
    void withoutTheControllerTheEncoderAloneMissesIt() {
        Result r = run(new Abr(TARGET_KBPS, Duration.ofSeconds(SECONDS)), false);
        assertThat(r.averageKbps()).isLessThan(TARGET_KBPS * 0.9);
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
