package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.BitrateControl.Abr;
import org.ptzcam.codec.video.BitrateControl.Mbr;
import org.ptzcam.codec.video.BitrateControl.Priority;

/** The config-to-FFmpeg translation, without native code: the README's tables as assertions. */
class MappingTest {

    private static final VideoEncoderConfig H264 = VideoEncoderConfig.of(VideoCodec.H264, 1920, 1080, 30);

    @Test
    void compressionMapsMonotonicallyWithDocumentedAnchors() {
        for (int c = 1; c <= 100; c++) {
            assertThat(QualityMapping.jpegQscale(c)).isGreaterThanOrEqualTo(QualityMapping.jpegQscale(c - 1));
            assertThat(QualityMapping.h26xCrf(c)).isGreaterThanOrEqualTo(QualityMapping.h26xCrf(c - 1));
            assertThat(QualityMapping.av1Crf(c)).isGreaterThanOrEqualTo(QualityMapping.av1Crf(c - 1));
        }
        assertThat(QualityMapping.jpegQscale(0)).isEqualTo(2);
        assertThat(QualityMapping.jpegQscale(30)).isEqualTo(5);
        assertThat(QualityMapping.jpegQscale(100)).isEqualTo(31);
        assertThat(QualityMapping.h26xCrf(30)).isEqualTo(23);
        assertThat(QualityMapping.h26xCrf(100)).isEqualTo(48);
        assertThat(QualityMapping.av1Crf(30)).isEqualTo(29);
    }

    @Test
    void x264IsZeroLatencyWithRepeatedHeaders() {
        EncoderSetup s = EncoderSetup.of(H264);
        assertThat(s.encoderName()).isEqualTo("libx264");
        assertThat(s.options()).containsEntry("preset", "ultrafast").containsEntry("tune", "zerolatency")
                .containsEntry("crf", "23").containsEntry("forced-idr", "1")
                .containsEntry("x264-params", "repeat-headers=1:scenecut=0");
        assertThat(s.bitRateBps()).isZero();
        assertThat(s.maxRateBps()).isZero();
    }

    @Test
    void mbrFramerateIsCappedCrf() {
        EncoderSetup s = EncoderSetup.of(H264.withBitrateControl(new Mbr(2000, Priority.FRAMERATE)));
        assertThat(s.options()).containsEntry("crf", "23");
        assertThat(s.maxRateBps()).isEqualTo(2_000_000);
        assertThat(s.bufferBits()).as("0.2 s: no 1-s window above 120 %").isEqualTo(400_000);
        assertThat(s.dropOverBudget()).isFalse();
    }

    @Test
    void mbrQualityKeepsCrfAndDropsFrames() {
        EncoderSetup s = EncoderSetup.of(H264.withBitrateControl(new Mbr(2000, Priority.QUALITY)));
        assertThat(s.options()).containsEntry("crf", "23");
        assertThat(s.maxRateBps()).as("only a frame above one second of target is squeezed").isEqualTo(60_000_000);
        assertThat(s.bufferBits()).isEqualTo(2_000_000);
        assertThat(s.dropOverBudget()).isTrue();
    }

    @Test
    void abrIsCappedCrfForX264AndAverageBitrateForX265() {
        EncoderSetup s = EncoderSetup.of(H264.withBitrateControl(new Abr(1500, Duration.ofDays(1))));
        assertThat(s.options()).containsEntry("crf", "23");
        assertThat(s.maxRateBps()).as("the cap the ABR controller moves").isEqualTo(1_500_000);
        assertThat(s.bufferBits()).isEqualTo(1_500_000);
        EncoderSetup hevc = EncoderSetup.of(VideoEncoderConfig.of(VideoCodec.H265, 1920, 1080, 30)
                .withBitrateControl(new Abr(1500, Duration.ofDays(1), 3000)));
        assertThat(hevc.options()).doesNotContainKey("crf");
        assertThat(hevc.bitRateBps()).isEqualTo(1_500_000);
        assertThat(hevc.maxRateBps()).isEqualTo(3_000_000);
    }

    @Test
    void svtAv1IsRealTimeAndUsesCbrForTargets() {
        VideoEncoderConfig av1 = VideoEncoderConfig.of(VideoCodec.AV1, 1280, 720, 30);
        assertThat(EncoderSetup.of(av1).options()).containsEntry("svtav1-params", "rtc=1").containsEntry("crf", "29");
        assertThat(EncoderSetup.of(av1.withBitrateControl(new Abr(800, Duration.ofHours(1)))).options())
                .containsEntry("svtav1-params", "rtc=1:rc=2:tbr=800").doesNotContainKey("crf");
    }

    @Test
    void mjpegUsesAFixedQscale() {
        EncoderSetup s = EncoderSetup.of(VideoEncoderConfig.of(VideoCodec.MJPEG, 640, 480, 15).withCompression(50));
        assertThat(s.encoderName()).isEqualTo("mjpeg");
        assertThat(s.fixedQscale()).isEqualTo(8);
    }

    @Test
    void configValidationAndSharingKey() {
        assertThat(VideoEncoderConfig.of(VideoCodec.H264, 640, 480, 30))
                .isEqualTo(VideoEncoderConfig.of(VideoCodec.H264, 640, 480, 30))
                .isNotEqualTo(VideoEncoderConfig.of(VideoCodec.H264, 640, 480, 30).withCompression(31));
        assertThatThrownBy(() -> H264.withCompression(101)).hasMessageContaining("0..100");
        assertThatThrownBy(() -> H264.withResolution(641, 480)).hasMessageContaining("even");
        assertThatThrownBy(() -> H264.withGopLength(0)).hasMessageContaining("GOP");
        assertThatThrownBy(() -> new Mbr(0, Priority.QUALITY)).hasMessageContaining("kbit/s");
        assertThatThrownBy(() -> new FrameRate(0, 1)).hasMessageContaining("positive");
    }

    @Test
    void budgetAdmitsAtTheTargetRate() {
        BitrateBudget budget = new BitrateBudget(800, 1.0); // 100 kB per second
        int admitted = 0;
        for (int i = 0; i < 300; i++) { // 10 s at 30 fps of 10 kB frames = 2.4 Mbit/s offered
            if (budget.admit(i * 3000L, false)) {
                budget.spend(10_000, false);
                admitted++;
            }
        }
        // 10 s * 100 kB/s plus the one-second bucket = at most 110 frames of 10 kB
        assertThat(admitted).isBetween(95, 110);
    }
}
