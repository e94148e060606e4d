package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ptzcam.device.settings.CaptureMode.FHD_1080P60;
import static org.ptzcam.device.settings.CaptureMode.HD_720P60;
import static org.ptzcam.device.settings.CaptureMode.UHD_2160P30;
import static org.ptzcam.device.settings.PowerLineFrequency.HZ_50;
import static org.ptzcam.device.settings.PowerLineFrequency.HZ_60;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capture modes, frame-rate families, rotation and the resolutions offered: pure value logic. */
class CaptureSettingsTest {
    @ParameterizedTest(name = "{0} at {1} Hz: {2} fps")
    @CsvSource({
        "1920x1080@60, 60, 60", "1920x1080@60, 50, 50",
        "1280x720@60,  60, 60", "1280x720@60,  50, 50",
        "3840x2160@30, 60, 30", "3840x2160@30, 50, 25"})
    void maxFpsFollowsThePowerLineFamily(String modeId, String hertz, int fps) {
        CaptureMode mode = CaptureMode.ofId(modeId);
        PowerLineFrequency powerLine = EnumType.constant(PowerLineFrequency.class, hertz);
        assertThat(mode.maxFps(powerLine)).isEqualTo(fps);
        assertThat(new CaptureSettings(mode, powerLine, 0, false).maxFps()).isEqualTo(fps);
    }

    @Test
    void modesKnowTheirSizeAndId() {
        assertThat(FHD_1080P60.size()).isEqualTo(new Resolution(1920, 1080));
        assertThat(FHD_1080P60.maxFps60Hz()).isEqualTo(60);
        assertThat(UHD_2160P30.width()).isEqualTo(3840);
        assertThat(UHD_2160P30.height()).isEqualTo(2160);
        assertThat(UHD_2160P30.maxFps60Hz()).isEqualTo(30);
        assertThat(HD_720P60.id()).isEqualTo("1280x720@60");
        assertThat(CaptureMode.ofId("1280X720@60")).isEqualTo(HD_720P60);
        assertThatThrownBy(() -> CaptureMode.ofId("720p")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EnumType.of(CaptureMode.class).values()).containsExactly("1920x1080@60", "1280x720@60", "3840x2160@30");
        assertThat(HZ_50.id()).isEqualTo("50");
        assertThat(HZ_60.hertz()).isEqualTo(60);
    }

    @ParameterizedTest(name = "{0} turned {1}: {2}")
    @CsvSource({
        "1920x1080@60, 0, 1920x1080", "1920x1080@60, 90, 1080x1920",
        "1920x1080@60, 180, 1920x1080", "1920x1080@60, 270, 1080x1920",
        "3840x2160@30, 90, 2160x3840", "1280x720@60, 180, 1280x720"})
    void rotationBy90Or270SwapsWidthAndHeight(String modeId, int rotation, String size) {
        assertThat(new CaptureSettings(CaptureMode.ofId(modeId), HZ_60, rotation, false).outputSize())
                .isEqualTo(Resolution.parse(size));
    }

    @Test
    void offersThe169LadderThatFitsTheMode() {
        assertThat(text(new CaptureSettings(FHD_1080P60, HZ_60, 0, false)))
                .isEqualTo("1920x1080,1280x720,1024x576,800x450,640x360,480x270,320x180");
        assertThat(text(new CaptureSettings(HD_720P60, HZ_50, 180, false)))
                .isEqualTo("1280x720,1024x576,800x450,640x360,480x270,320x180");
        assertThat(text(new CaptureSettings(UHD_2160P30, HZ_60, 0, true)))
                .isEqualTo("3840x2160,2560x1440,1920x1080,1280x720,1024x576,800x450,640x360,480x270,320x180");
    }

    @Test
    void rotatedModesOfferHeightByWidth() {
        assertThat(text(new CaptureSettings(FHD_1080P60, HZ_60, 90, false)))
                .isEqualTo("1080x1920,720x1280,576x1024,450x800,360x640,270x480,180x320");
        assertThat(new CaptureSettings(HD_720P60, HZ_60, 270, false).offeredResolutions())
                .first().isEqualTo(new Resolution(720, 1280));
    }

    @Test
    void refusesARotationThatIsNotOffered() {
        assertThatThrownBy(() -> new CaptureSettings(FHD_1080P60, HZ_60, 45, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("45");
    }

    @Test
    void resolutionParsesAndPrintsLikeVapix() {
        assertThat(Resolution.parse("640x360")).isEqualTo(new Resolution(640, 360));
        assertThat(Resolution.parse("640X360").toString()).isEqualTo("640x360");
        for (String bad : List.of("640", "x360", "640x", "640 x 360", "-640x360", "0x360", "640x360x2", "")) {
            assertThatThrownBy(() -> Resolution.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void groupsSayWhetherAChangeConcernsThem() {
        Set<String> imageOnly = Set.of(ImageSettings.BRIGHTNESS, ImageSettings.IR_MODE);
        assertThat(CaptureSettings.affectedBy(imageOnly)).isFalse();
        assertThat(ImageSettings.affectedBy(imageOnly)).isTrue();
        assertThat(CaptureSettings.affectedBy(Set.of(CaptureSettings.ROTATION, NetworkSettings.HOST_NAME))).isTrue();
        assertThat(CaptureSettings.PATHS).containsExactlyInAnyOrder(CaptureSettings.CAPTURE_MODE,
                CaptureSettings.POWER_LINE_FREQUENCY, CaptureSettings.ROTATION, CaptureSettings.STABILIZATION);
        assertThat(AudioSettings.affectedBy(Set.of(AudioSettings.BIT_RATE))).isTrue();
        assertThat(StreamDefaults.affectedBy(Set.of(CaptureSettings.ROTATION))).isFalse();
    }

    @Test
    void g711ForcesItsSampleRateAndBitRate() {
        AudioSettings aac = new AudioSettings(AudioSettings.Input.MICROPHONE, 0, false, AudioSettings.Encoding.AAC,
                48000, 96);
        assertThat(aac.effectiveSampleRate()).isEqualTo(48000);
        assertThat(aac.effectiveBitRateKbps()).isEqualTo(96);
        AudioSettings g711 = new AudioSettings(AudioSettings.Input.LINE, 0, false, AudioSettings.Encoding.G711,
                48000, 96);
        assertThat(g711.effectiveSampleRate()).isEqualTo(8000);
        assertThat(g711.effectiveBitRateKbps()).isEqualTo(64);
    }

    private static String text(CaptureSettings capture) {
        return String.join(",", capture.offeredResolutions().stream().map(Resolution::toString).toList());
    }
}
