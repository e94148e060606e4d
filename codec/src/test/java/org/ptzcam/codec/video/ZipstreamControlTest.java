package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;

class ZipstreamControlTest {

    private static final long FRAME = 3000; // 30 fps in 90 kHz

    @Test
    void dynamicFpsKeepsMinFpsWhileNothingChanges() {
        ZipstreamControl c = new ZipstreamControl(Zipstream.OFF.withDynamicFps(2), 32, FRAME);
        int encoded = 0;
        for (int n = 0; n < 60; n++) {
            if (c.decide(n * FRAME, n == 0 ? 10 : 0, 0, n == 0 ? 0 : 1, false).encode()) {
                encoded++;
            }
        }
        assertThat(encoded).isEqualTo(4); // frame 0, then every 15 frames over 2 s
        assertThat(c.decide(60 * FRAME, 1, 1, 1, false).encode()).isTrue(); // a change: at once
        assertThat(c.decide(61 * FRAME, 0, 1, 1, true).encode()).isTrue(); // a key frame request
    }

    @Test
    void dynamicGopForcesKeyFramesOnlyWhileActive() {
        ZipstreamControl c = new ZipstreamControl(Zipstream.OFF.withDynamicGop(300), 32, FRAME);
        assertThat(c.decide(0, 5, 5, 32, false).forceKey()).isTrue();
        assertThat(c.decide(FRAME, 5, 5, 31, false).forceKey()).isFalse();
        assertThat(c.decide(2 * FRAME, 0, 0, 200, false).forceKey()).isFalse();
        assertThat(c.decide(3 * FRAME, 0, 0, 200, false).encode()).isTrue(); // fps stays fixed
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> Zipstream.ofStrength(15)).hasMessageContaining("strength");
        assertThatThrownBy(() -> Zipstream.OFF.withDynamicGop(0)).hasMessageContaining("GOP");
        assertThatThrownBy(() -> Zipstream.OFF.withDynamicFps(0)).hasMessageContaining("fps");
        assertThat(Zipstream.STRENGTHS.stream().map(s -> Zipstream.ofStrength(s).staticQpOffset()))
                .containsExactly(0, 3, 6, 9, 12, 15);
        assertThat(Zipstream.OFF.active()).isFalse();
    }

    @Test
    void encoderSetupTurnsOnAqAsTheOffsetCarrierOnlyForAStrength() {
        VideoEncoderConfig h264 = VideoEncoderConfig.of(VideoCodec.H264, 320, 180, 30);
        assertThat(EncoderSetup.of(h264).options().get("x264-params")).doesNotContain("aq-mode");
        assertThat(EncoderSetup.of(h264.withZipstream(Zipstream.OFF.withDynamicGop(500))).options().get("x264-params"))
                .doesNotContain("aq-mode");
        assertThat(EncoderSetup.of(h264.withZipstream(Zipstream.ofStrength(10))).options().get("x264-params"))
                .endsWith(":aq-mode=1:aq-strength=0.01");
        VideoEncoderConfig h265 = VideoEncoderConfig.of(VideoCodec.H265, 320, 180, 30);
        assertThat(EncoderSetup.of(h265).options().get("x265-params")).doesNotContain("aq-mode");
        assertThat(EncoderSetup.of(h265.withZipstream(Zipstream.ofStrength(50))).options().get("x265-params"))
                .endsWith(":aq-mode=1:aq-strength=0.01");
        assertThat(EncoderSetup.of(h264).crf()).isEqualTo(23);
        assertThat(EncoderSetup.of(VideoEncoderConfig.of(VideoCodec.MJPEG, 320, 180, 30)).crf()).isEqualTo(-1);
    }
}
