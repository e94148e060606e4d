package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.BitrateControl.Mbr;
import org.ptzcam.codec.video.BitrateControl.Priority;

/**
 * MBR measured on 60 simulated seconds of real x264 output (640x360, 30 fps, noisy content far
 * above the target), encoded as fast as the machine goes: the average is the target ±10 % and no
 * one-second window exceeds 120 % of it.
 */
class MbrWindowsTest {

    private static final int FPS = 30;
    private static final int SECONDS = 60;
    private static final int TARGET_KBPS = 1000;
    private static final List<YuvFrame> CYCLE = new ArrayList<>();

    @BeforeAll
    static void content() {
        // two seconds of distinct noisy frames, replayed with fresh timestamps (x264 ultrafast
        // references only the previous frame, so the replay is as hard as new content)
        for (int i = 0; i < 2 * FPS; i++) {
            CYCLE.add(TestFrames.noisy(640, 360, i, 30));
        }
    }

    @Test
    void framerateprioritySitsOnTheTargetWithoutBursts() {
        Windows w = encode(new Mbr(TARGET_KBPS, Priority.FRAMERATE));
        assertThat(w.frames).isEqualTo(SECONDS * FPS);
        assertThat(w.averageKbps()).isBetween(TARGET_KBPS * 0.9, TARGET_KBPS * 1.1);
        assertThat(w.maxWindowKbps()).isLessThanOrEqualTo(TARGET_KBPS * 1.2);
    }

    @Test
    void qualityPriorityDropsFramesToSitOnTheTarget() {
        Windows w = encode(new Mbr(TARGET_KBPS, Priority.QUALITY));
        assertThat(w.frames).isLessThan(SECONDS * FPS / 2);
        assertThat(w.averageKbps()).isBetween(TARGET_KBPS * 0.9, TARGET_KBPS * 1.1);
        assertThat(w.maxWindowKbps()).isLessThanOrEqualTo(TARGET_KBPS * 1.2);
    }

    @Test
    void vbrIsFarAboveTheTargetOnThisContent() {
        Windows w = encode(BitrateControl.vbr(), 5);
        assertThat(w.averageKbps()).isGreaterThan(TARGET_KBPS * 3.0);
    }

    private static Windows encode(BitrateControl control) {
        return encode(control, SECONDS);
    }

    /** Encodes {@code seconds} of content and collects packet sizes by pts. */
    private static Windows encode(BitrateControl control, int seconds) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, 640, 360, FPS).withBitrateControl(control);
        Windows w = new Windows(seconds);
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (int i = 0; i < seconds * FPS; i++) {
                YuvFrame f = CYCLE.get(i % CYCLE.size()).withCaptureNanos(i * 1_000_000_000L / FPS);
                for (EncodedPacket p : encoder.encode(f)) {
                    w.add(p.pts(), p.size());
                }
            }
        }
        System.out.printf("%s: %d frames, average %.0f kbit/s, busiest 1-s window %.0f kbit/s (target %d)%n",
                control, w.frames, w.averageKbps(), w.maxWindowKbps(), TARGET_KBPS);
        return w;
    }

    /** Packet sizes by 90 kHz pts; every one-second window that starts at a packet is measured. */
    private static final class Windows {
        final int seconds;
        final List<long[]> packets = new ArrayList<>();
        int frames;

        Windows(int seconds) {
            this.seconds = seconds;
        }

        void add(long pts, int bytes) {
            packets.add(new long[] {pts, bytes});
            frames++;
        }

        double averageKbps() {
            return packets.stream().mapToLong(p -> p[1]).sum() * 8.0 / seconds / 1000;
        }

        double maxWindowKbps() {
            long best = 0;
            long sum = 0;
            int tail = 0;
            for (long[] head : packets) {
                sum += head[1];
                while (packets.get(tail)[0] <= head[0] - 90_000) {
                    sum -= packets.get(tail++)[1];
                }
                best = Math.max(best, sum);
            }
            return best * 8.0 / 1000;
        }
    }
}
