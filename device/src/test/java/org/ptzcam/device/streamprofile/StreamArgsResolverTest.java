package org.ptzcam.device.streamprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.StreamDefaults;
import org.ptzcam.device.settings.ZipstreamSettings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ptzcam.device.testsupport.TestCameras;

/** The three layers: Stream tab ← profile ← URL, one test per rule of the manual. */
class StreamArgsResolverTest {

    @TempDir
    Path dir;
    DeviceModel camera;
    StreamProfiles profiles;

    @BeforeEach
    void open() throws Exception {
        camera = TestCameras.open(dir);
        profiles = camera.streamProfiles();
        profiles.create(List.of(StreamProfile.of("small", "", "videocodec=h265&resolution=640x360&fps=10&audio=1")));
    }

    @AfterEach
    void close() {
        camera.close();
    }

    @Test
    void withoutAProfileTheStreamTabDecides() throws Exception {
        camera.settings().update(Map.of(StreamDefaults.VIDEO_CODEC, "jpeg", StreamDefaults.FPS, "12",
                StreamDefaults.RESOLUTION, "800x450", StreamDefaults.RATE_MODE, "mbr"));
        Map<String, String> args = profiles.resolve(Map.of());
        assertThat(args).containsEntry("videocodec", "jpeg").containsEntry("fps", "12")
                .containsEntry("resolution", "800x450").containsEntry("compression", "30")
                .containsEntry("videobitratemode", "mbr").containsEntry("videomaxbitrate", "4000")
                .containsEntry("videokeyframeinterval", "32").containsEntry("audio", "0");
    }

    @Test
    void aProfileOverridesTheStreamTab() {
        Map<String, String> args = profiles.resolve(Map.of("streamprofile", "small"));
        assertThat(args).containsEntry("videocodec", "h265").containsEntry("resolution", "640x360")
                .containsEntry("fps", "10").containsEntry("audio", "1")
                .containsEntry("compression", "30")   // not in the profile: Stream tab
                .doesNotContainKey("streamprofile");
    }

    @Test
    void urlArgumentsOverrideTheProfile() {
        Map<String, String> args = profiles.resolve(Map.of("StreamProfile", "small", "FPS", "5", "timestamp", "1"));
        assertThat(args).containsEntry("fps", "5").containsEntry("resolution", "640x360")
                .containsEntry("timestamp", "1");
    }

    @Test
    void inUrlOrderOnlyArgumentsAfterTheProfileOverrideIt() {
        Map<String, String> args = profiles.resolveOrdered(List.of(Map.entry("fps", "5"),
                Map.entry("streamprofile", "small"), Map.entry("compression", "70")));
        assertThat(args).containsEntry("fps", "10").containsEntry("compression", "70");
    }

    @Test
    void anUnknownProfileFallsBackToTheStreamTab() {
        assertThat(profiles.resolve(Map.of("streamprofile", "nope"))).isEqualTo(profiles.resolve(Map.of()));
    }

    @Test
    void aDefaultResolutionTurnsWithTheStreamAndFitsTheCaptureMode() throws Exception {
        assertThat(profiles.resolve(Map.of("rotation", "90"))).containsEntry("resolution", "1080x1920");
        assertThat(profiles.resolve(Map.of("rotation", "270", "streamprofile", "small")))
                .containsEntry("resolution", "360x640");
        camera.settings().update(Map.of(CaptureSettings.CAPTURE_MODE, "1280x720@60",
                CaptureSettings.POWER_LINE_FREQUENCY, "50", StreamDefaults.FPS, "60"));
        assertThat(profiles.resolve(Map.of())).containsEntry("resolution", "1280x720").containsEntry("fps", "0");
        // explicit values are the consumer's to refuse, not ours to change
        assertThat(profiles.resolve(Map.of("resolution", "1920x1080", "fps", "60")))
                .containsEntry("resolution", "1920x1080").containsEntry("fps", "60");
    }

    @Test
    void zipstreamComesFromTheStreamTabUnlessAProfileOrTheUrlSaysOtherwise() throws Exception {
        assertThat(profiles.resolve(Map.of())).containsEntry("videozstrength", "0").containsEntry("videozgopmode", "fixed")
                .containsEntry("videozmaxgoplength", "1023").containsEntry("videozfpsmode", "fixed")
                .containsEntry("videozminfps", "1").containsEntry("videozprofile", "classic");
        camera.settings().update(Map.of(ZipstreamSettings.STRENGTH, "30", ZipstreamSettings.GOP_MODE, "dynamic",
                ZipstreamSettings.FPS_MODE, "dynamic", ZipstreamSettings.MIN_FPS, "5"));
        assertThat(profiles.resolve(Map.of())).containsEntry("videozstrength", "30")
                .containsEntry("videozgopmode", "dynamic").containsEntry("videozminfps", "5");
        profiles.create(List.of(StreamProfile.of("zip", "", "videozstrength=extreme&videozfpsmode=fixed")));
        assertThat(profiles.resolve(Map.of("streamprofile", "zip", "videozminfps", "2")))
                .containsEntry("videozstrength", "extreme").containsEntry("videozfpsmode", "fixed")
                .containsEntry("videozgopmode", "dynamic").containsEntry("videozminfps", "2");
    }

    @Test
    void badZipstreamValuesInAProfileAreRejectedNamingTheArgument() throws Exception {
        assertThatThrownBy(() -> MediaArgs.parse("videozstrength=25")).hasMessageContaining("videozstrength");
        assertThatThrownBy(() -> MediaArgs.parse("videozgopmode=auto")).hasMessageContaining("videozgopmode");
        assertThatThrownBy(() -> MediaArgs.parse("videozmaxgoplength=1024")).hasMessageContaining("videozmaxgoplength");
        assertThat(MediaArgs.parse("videozstrength=high&videozminfps=60&videozprofile=storage")).hasSize(3);
    }
}
