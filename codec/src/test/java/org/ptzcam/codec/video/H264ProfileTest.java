package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;

/** {@code h264profile=} reaches the bitstream: the SPS of a real x264 stream carries the profile asked for. */
class H264ProfileTest {

    /**
     * profile_idc and constraint flags of the SPS (profile-level-id without the level): 42c0 is
     * Constrained Baseline (constraint_set0 and 1), 4d is Main, 64 is High.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"baseline,42c0", "main,4d", "high,64"})
    void theSpsCarriesTheProfile(String name, String profileIdc) {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30)
                .withH264Profile(H264Profile.parse(name));
        try (VideoEncoder encoder = VideoEncoder.open(config)) {
            assertThat(encoder.parameterSets().profileLevelId()).hasValueSatisfying(
                    id -> assertThat(id).startsWith(profileIdc));
            EncodedPacket key = encoder.encode(TestFrames.moving(320, 240, 0)).get(0);
            assertThat(ParameterSets.extract(VideoCodec.H264, key.data()).profileLevelId())
                    .isEqualTo(encoder.parameterSets().profileLevelId());
        }
    }

    @Test
    void baselineHasNoStorageBFramesOtherProfilesDo() {
        Zipstream storage = new Zipstream(30, false, Zipstream.MAX_GOP, false, 1, true);
        VideoEncoderConfig high = VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30).withZipstream(storage)
                .withH264Profile(H264Profile.HIGH);
        assertThat(high.bFrames()).isEqualTo(VideoEncoderConfig.STORAGE_B_FRAMES);
        VideoEncoderConfig baseline = high.withH264Profile(H264Profile.BASELINE);
        assertThat(baseline.bFrames()).isZero();
        try (VideoEncoder encoder = VideoEncoder.open(baseline)) { // x264 refuses B-frames under baseline
            assertThat(encoder.encode(TestFrames.moving(320, 240, 0))).isNotEmpty();
        }
    }

    @Test
    void eachProfileSwitchesOnItsToolsUnderX264sCeiling() {
        VideoEncoderConfig base = VideoEncoderConfig.of(VideoCodec.H264, 640, 360, 25);
        assertThat(EncoderSetup.of(base).options()).containsEntry("profile", "baseline")
                .containsEntry("x264-params", "repeat-headers=1:scenecut=0");
        assertThat(EncoderSetup.of(base.withH264Profile(H264Profile.MAIN)).options())
                .containsEntry("profile", "main").containsEntry("x264-params", "repeat-headers=1:scenecut=0:cabac=1");
        assertThat(EncoderSetup.of(base.withH264Profile(H264Profile.HIGH)).options())
                .containsEntry("profile", "high")
                .containsEntry("x264-params", "repeat-headers=1:scenecut=0:cabac=1:8x8dct=1");
        // a distinct profile is a distinct stream (no sharing of one encoder between them)
        assertThat(base.withH264Profile(H264Profile.HIGH)).isNotEqualTo(base);
        assertThat(EncoderSetup.of(VideoEncoderConfig.of(VideoCodec.H265, 640, 360, 25)
                .withH264Profile(H264Profile.HIGH)).options()).doesNotContainKey("profile");
    }

    @Test
    void onlyTheThreeNamesParse() {
        assertThat(H264Profile.parse(" High ")).isEqualTo(H264Profile.HIGH);
        assertThatThrownBy(() -> H264Profile.parse("extended")).hasMessageContaining("h264profile")
                .hasMessageContaining("baseline,main,high");
    }
}
