package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.BitrateControl.Abr;
import org.ptzcam.codec.video.BitrateControl.Mbr;
import org.ptzcam.codec.video.BitrateControl.Priority;

/** Compression and bitrate control measured on real encodes of 320x240 content. */
class RateControlTest {

    private static final int TARGET_KBPS = 500;
    private static final int FPS = 30;
    /** Encoded seconds; the first fills the rate-control buffer and is not measured. */
    private static final int SECONDS = 4;
    private static final List<YuvFrame> NOISY = new ArrayList<>();

    @BeforeAll
    static void noisyContent() {
        for (int i = 0; i < SECONDS * FPS; i++) {
            NOISY.add(TestFrames.noisy(320, 240, i, 30));
        }
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void higherCompressionGivesSmallerPackets(VideoCodec codec) {
        double low = averageSize(codec, 10);
        double mid = averageSize(codec, 50);
        double high = averageSize(codec, 90);
        assertThat(low).isGreaterThan(mid);
        assertThat(mid).isGreaterThan(high);
    }

    @Test
    void mbrFrameratePriorityHoldsTheTargetOnEveryFrame() {
        Result r = encodeNoisy(new Mbr(TARGET_KBPS, Priority.FRAMERATE));
        assertThat(r.packets).isEqualTo(NOISY.size());
        assertThat(r.kbps).isBetween(TARGET_KBPS * 0.7, TARGET_KBPS * 1.3);
    }

    @Test
    void mbrQualityPriorityDropsFramesInstead() {
        Result r = encodeNoisy(new Mbr(TARGET_KBPS, Priority.QUALITY));
        assertThat(r.packets).isLessThan(NOISY.size() / 2);
        assertThat(r.kbps).isBetween(TARGET_KBPS * 0.7, TARGET_KBPS * 1.3);
    }

    @Test
    void vbrIsUnconstrained() {
        Result r = encodeNoisy(BitrateControl.vbr());
        assertThat(r.packets).isEqualTo(NOISY.size());
        assertThat(r.kbps).isGreaterThan(TARGET_KBPS * 2.0);
    }

    @Test
    void abrAimsAtTheAverage() {
        Result r = encodeNoisy(new Abr(TARGET_KBPS, Duration.ofDays(7)));
        assertThat(r.packets).isEqualTo(NOISY.size());
        assertThat(r.kbps).isBetween(TARGET_KBPS * 0.6, TARGET_KBPS * 1.4);
    }

    /** Packets over the whole run; bitrate over the measured seconds (after the first). */
    private record Result(int packets, double kbps) {
    }

    private static Result encodeNoisy(BitrateControl control) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, 320, 240, FPS).withBitrateControl(control);
        long bytes = 0;
        int packets = 0;
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (YuvFrame frame : NOISY) {
                for (EncodedPacket p : encoder.encode(frame)) {
                    packets++;
                    if (p.pts() >= 90_000) {
                        bytes += p.size();
                    }
                }
            }
        }
        double kbps = bytes * 8.0 / (SECONDS - 1) / 1000;
        System.out.printf("%s: %d packets, %.0f kbit/s%n", control, packets, kbps);
        return new Result(packets, kbps);
    }

    private static double averageSize(VideoCodec codec, int compression) {
        VideoEncoderConfig config = VideoEncoderConfig.of(codec, 320, 240, FPS).withCompression(compression);
        long bytes = 0;
        int n = 10;
        try (VideoEncoder encoder = VideoEncoder.open(config, 1)) {
            for (int i = 0; i < n; i++) {
                for (EncodedPacket p : encoder.encode(TestFrames.noisy(320, 240, i, 6))) {
                    bytes += p.size();
                }
            }
        }
        System.out.printf("%s compression %d: %.0f bytes/frame%n", codec, compression, bytes / (double) n);
        return bytes / (double) n;
    }
}
