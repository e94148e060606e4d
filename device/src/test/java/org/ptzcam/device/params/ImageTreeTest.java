package org.ptzcam.device.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.ANONYMOUS;
import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.AudioSettings;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.ImageSettings;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.device.testsupport.TestCameras;

/** root.Image, root.ImageSource, root.AudioSource and their Properties as param.cgi sees them. */
class ImageTreeTest {
    private static final String RESOLUTIONS_1080 = "1920x1080,1280x720,1024x576,800x450,640x360,480x270,320x180";

    @TempDir
    Path dir;
    DeviceModel camera;
    ParameterTree tree;

    @BeforeEach
    void open() throws Exception {
        camera = TestCameras.open(dir);
        tree = camera.parameters();
    }

    @AfterEach
    void close() {
        camera.close();
    }

    @Test
    void listsTheImageGroupInAxisOrder() throws Exception {
        assertThat(tree.list(List.of("root.Image"), VIEWER)).containsExactly(
                "root.Image.NbrOfConfigs=1",
                "root.Image.I0.Enabled=yes",
                "root.Image.I0.Name=View Area 1",
                "root.Image.I0.Source=0",
                "root.Image.I0.Appearance.Rotation=0",
                "root.Image.I0.Appearance.Resolution=1920x1080",
                "root.Image.I0.Appearance.Compression=30",
                "root.Image.I0.Stream.VideoCodec=h264",
                "root.Image.I0.Stream.FPS=0",
                "root.Image.I0.MPEG.GOPLength=32",
                "root.Image.I0.MPEG.H264.Profile=high",
                "root.Image.I0.MPEG.ZStrength=off",
                "root.Image.I0.MPEG.ZGopMode=fixed",
                "root.Image.I0.MPEG.ZMaxGopLength=1023",
                "root.Image.I0.MPEG.ZFpsMode=fixed",
                "root.Image.I0.MPEG.ZMinFps=1",
                "root.Image.I0.MPEG.ZProfile=classic",
                "root.Image.I0.RateControl.Mode=vbr",
                "root.Image.I0.RateControl.MaxBitrate=4000",
                "root.Image.I0.RateControl.Priority=framerate",
                "root.Image.I0.RateControl.ABR.TargetBitrate=2000",
                "root.Image.I0.RateControl.ABR.RetentionTime=168",
                "root.Image.I0.RateControl.ABR.MaxBitrate=0",
                "root.Image.I0.RateControl.ABR.StorageEstimate=151200",
                "root.Image.I0.Text.BGColor=black",
                "root.Image.I0.Text.ClockEnabled=no",
                "root.Image.I0.Text.Color=white",
                "root.Image.I0.Text.DateEnabled=no",
                "root.Image.I0.Text.Position=top",
                "root.Image.I0.Text.String=",
                "root.Image.I0.Text.TextEnabled=no",
                "root.Image.I0.Text.TextSize=medium",
                "root.Image.I0.Overlay.Enabled=no",
                "root.Image.I0.Overlay.XPos=0",
                "root.Image.I0.Overlay.YPos=0",
                "root.Image.OverlayPath=");
    }

    @Test
    void listsTheImageSourceGroupWithTrueFalseBooleans() throws Exception {
        assertThat(tree.list(List.of("ImageSource"), VIEWER)).containsExactly(
                "root.ImageSource.NbrOfSources=1",
                "root.ImageSource.I0.Name=Camera",
                "root.ImageSource.I0.CaptureMode=1920x1080@60",
                "root.ImageSource.I0.PowerLineFrequency=60",
                "root.ImageSource.I0.Stabilization.Enabled=false",
                "root.ImageSource.I0.Sensor.Brightness=50",
                "root.ImageSource.I0.Sensor.Contrast=50",
                "root.ImageSource.I0.Sensor.ColorLevel=50",
                "root.ImageSource.I0.Sensor.Sharpness=50",
                "root.ImageSource.I0.Sensor.Exposure.MaxShutterTime=33",
                "root.ImageSource.I0.Sensor.Exposure.MaxGain=36",
                "root.ImageSource.I0.Sensor.Exposure.BlurNoiseTradeoff=50",
                "root.ImageSource.I0.DayNight.Mode=auto",
                "root.ImageSource.I0.DayNight.ShiftLevel=50",
                "root.ImageSource.I0.IR.Allowed=true",
                "root.ImageSource.I0.IR.Mode=auto",
                "root.ImageSource.I0.IR.Intensity=100");
        assertThat(tree.list(List.of("ImageSource.*.Name"), VIEWER)).containsExactly("root.ImageSource.I0.Name=Camera");
    }

    @Test
    void listsAudioSourceAndWhatTheCameraOffers() throws Exception {
        assertThat(tree.list(List.of("AudioSource.A0"), VIEWER)).containsExactly(
                "root.AudioSource.A0.Input=microphone",
                "root.AudioSource.A0.InputGain=0",
                "root.AudioSource.A0.PhantomPower=no",
                "root.AudioSource.A0.AudioEncoding=aac",
                "root.AudioSource.A0.SampleRate=16000",
                "root.AudioSource.A0.BitRate=32");
        assertThat(tree.list(List.of("Properties.Image", "Properties.Audio"), VIEWER)).containsExactly(
                "root.Properties.Image.Format=jpeg,mjpeg,h264,h265,av1",
                "root.Properties.Image.NbrOfViews=1",
                "root.Properties.Image.Resolution=" + RESOLUTIONS_1080,
                "root.Properties.Image.Rotation=0,90,180,270",
                "root.Properties.Audio.Audio=yes",
                "root.Properties.Audio.Format=opus,aac,g711");
    }

    @ParameterizedTest(name = "{0}={1} lists as {2}")
    @CsvSource({
        "root.ImageSource.I0.Sensor.Brightness, 70,   root.ImageSource.I0.Sensor.Brightness=70",
        "ImageSource.I0.Sensor.Exposure.MaxShutterTime, 0100, root.ImageSource.I0.Sensor.Exposure.MaxShutterTime=100",
        "Image.I0.Appearance.Rotation, 180,          root.Image.I0.Appearance.Rotation=180",
        "root.image.i0.appearance.compression, 45,   root.Image.I0.Appearance.Compression=45",
        "root.AudioSource.A0.AudioEncoding, OPUS,    root.AudioSource.A0.AudioEncoding=opus",
        "AudioSource.A0.InputGain, -12,              root.AudioSource.A0.InputGain=-12",
        "root.ImageSource.I0.DayNight.Mode, Night,   root.ImageSource.I0.DayNight.Mode=night",
        "ImageSource.I0.CaptureMode, 1280x720@60,    root.ImageSource.I0.CaptureMode=1280x720@60"})
    void updateThenListRoundTrips(String name, String value, String line) throws Exception {
        tree.update(List.of(Map.entry(name, value)), ADMIN);
        String path = line.substring(0, line.indexOf('='));
        assertThat(tree.list(List.of(path), VIEWER)).containsExactly(line);
        assertThat(tree.list(List.of(path.substring("root.".length())), VIEWER)).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "true", "TRUE", "on", "1"})
    void imageSourceBooleansAcceptEitherSpellingAndListTrueFalse(String on) throws Exception {
        tree.update(List.of(Map.entry("root.ImageSource.I0.Stabilization.Enabled", on),
                Map.entry("ImageSource.I0.IR.Allowed", "no")), ADMIN);
        assertThat(tree.list(List.of("ImageSource.I0.Stabilization", "ImageSource.I0.IR.Allowed"), VIEWER))
                .containsExactly("root.ImageSource.I0.Stabilization.Enabled=true", "root.ImageSource.I0.IR.Allowed=false");
        assertThat(camera.settings().capture().stabilization()).isTrue();
        assertThat(camera.settings().image().irAllowed()).isFalse();
        tree.update(List.of(Map.entry("AudioSource.A0.PhantomPower", on)), OPERATOR);
        assertThat(tree.list(List.of("AudioSource.A0.PhantomPower"), VIEWER))
                .containsExactly("root.AudioSource.A0.PhantomPower=yes");
    }

    @Test
    void offeredResolutionsFollowCaptureModeAndRotation() throws Exception {
        assertThat(resolutions()).isEqualTo(RESOLUTIONS_1080);
        tree.update(List.of(Map.entry("root.ImageSource.I0.CaptureMode", "3840x2160@30")), ADMIN);
        assertThat(resolutions()).isEqualTo("3840x2160,2560x1440," + RESOLUTIONS_1080);
        tree.update(List.of(Map.entry("ImageSource.I0.CaptureMode", "1280x720@60")), ADMIN);
        assertThat(resolutions()).isEqualTo("1280x720,1024x576,800x450,640x360,480x270,320x180");
        tree.update(List.of(Map.entry("Image.I0.Appearance.Rotation", "90")), ADMIN);
        assertThat(resolutions()).isEqualTo("720x1280,576x1024,450x800,360x640,270x480,180x320");
        assertThat(camera.settings().capture().offeredResolutions())
                .map(Resolution::toString).containsExactly(resolutions().split(","));
        tree.update(List.of(Map.entry("Image.I0.Appearance.Rotation", "180")), ADMIN);
        assertThat(resolutions()).isEqualTo("1280x720,1024x576,800x450,640x360,480x270,320x180");
    }

    @Test
    void operatorAdjustsTheImageButNotTheInstallation() throws Exception {
        tree.update(List.of(Map.entry("ImageSource.I0.Sensor.Brightness", "80"),
                Map.entry("root.ImageSource.I0.IR.Mode", "manual"),
                Map.entry("AudioSource.A0.BitRate", "64"),
                Map.entry("Image.I0.Appearance.Compression", "10")), OPERATOR);
        assertThat(camera.settings().image().brightness()).isEqualTo(80);
        assertThat(camera.settings().audio().bitRateKbps()).isEqualTo(64);
        assertThat(camera.settings().streamDefaults().compression()).isEqualTo(10);
        for (String installation : List.of("ImageSource.I0.CaptureMode", "root.ImageSource.I0.PowerLineFrequency",
                "Image.I0.Appearance.Rotation", "ImageSource.I0.Stabilization.Enabled")) {
            String value = installation.endsWith("CaptureMode") ? "1280x720@60"
                    : installation.endsWith("Frequency") ? "50" : installation.endsWith("Rotation") ? "90" : "true";
            assertThatThrownBy(() -> tree.update(List.of(Map.entry(installation, value)), OPERATOR))
                    .as(installation)
                    .isInstanceOfSatisfying(ParameterUpdateException.class,
                            e -> assertThat(e.reason()).isEqualTo("needs ADMIN rights"));
        }
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("ImageSource.I0.Sensor.Brightness", "10")), VIEWER))
                .isInstanceOf(ParameterUpdateException.class);
        assertThat(camera.settings().capture().captureMode().id()).isEqualTo("1920x1080@60");
        assertThat(camera.settings().image().brightness()).isEqualTo(80);
    }

    @Test
    void viewersReadEverythingAnonymousNothing() throws Exception {
        List<String> viewer = tree.list(List.of("Image", "ImageSource", "AudioSource"), VIEWER);
        assertThat(viewer).hasSize(24 + 12 + 17 + 6);
        assertThat(tree.list(List.of("Image", "ImageSource", "AudioSource"), ADMIN)).isEqualTo(viewer);
        assertThatThrownBy(() -> tree.list(List.of("ImageSource"), ANONYMOUS)).isInstanceOf(UnknownGroupException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Image.I0.Source", "root.ImageSource.I0.Name", "Image.NbrOfConfigs",
        "Properties.Image.Resolution", "Properties.Audio.Format"})
    void factsAreReadOnly(String name) {
        assertThatThrownBy(() -> tree.update(List.of(Map.entry(name, "1")), ADMIN))
                .isInstanceOfSatisfying(ParameterUpdateException.class, e -> assertThat(e.reason()).isEqualTo("read-only"));
    }

    @Test
    void anInvalidValueIsAVapixErrorAndChangesNothing() {
        assertThatThrownBy(() -> tree.update(List.of(
                Map.entry("ImageSource.I0.Sensor.Contrast", "60"),
                Map.entry("root.ImageSource.I0.CaptureMode", "1080p")), ADMIN))
                .isInstanceOfSatisfying(ParameterUpdateException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Error setting 'root.ImageSource.I0.CaptureMode' to '1080p'!"));
        assertThat(camera.settings().image().contrast()).isEqualTo(50);
    }

    @Test
    void listenersHearExactlyTheChangedPaths() throws Exception {
        List<Set<String>> heard = new ArrayList<>();
        List<String> reactions = new ArrayList<>();
        camera.settings().addListener(paths -> {
            heard.add(paths);
            if (CaptureSettings.affectedBy(paths)) {
                reactions.add("restart pipeline");
            }
            if (ImageSettings.affectedBy(paths)) {
                reactions.add("apply image");
            }
            if (AudioSettings.affectedBy(paths)) {
                reactions.add("audio");
            }
        });
        tree.update(List.of(Map.entry("root.ImageSource.I0.Sensor.Brightness", "65"),
                Map.entry("ImageSource.I0.Sensor.Contrast", "50"), // unchanged: not reported
                Map.entry("ImageSource.I0.DayNight.Mode", "night")), OPERATOR);
        tree.update(List.of(Map.entry("ImageSource.I0.PowerLineFrequency", "50"),
                Map.entry("Image.I0.Appearance.Rotation", "0")), ADMIN); // rotation unchanged
        tree.update(List.of(Map.entry("ImageSource.I0.Sensor.Brightness", "65")), OPERATOR); // no change: silent
        tree.update(List.of(Map.entry("AudioSource.A0.AudioEncoding", "opus"),
                Map.entry("ImageSource.I0.Stabilization.Enabled", "yes")), ADMIN);
        assertThat(heard).containsExactly(
                Set.of(ImageSettings.BRIGHTNESS, ImageSettings.DAY_NIGHT_MODE),
                Set.of(CaptureSettings.POWER_LINE_FREQUENCY),
                Set.of(AudioSettings.ENCODING, CaptureSettings.STABILIZATION));
        assertThat(reactions).containsExactly("apply image", "restart pipeline", "restart pipeline", "audio");
    }

    private String resolutions() throws UnknownGroupException {
        String line = tree.list(List.of("root.Properties.Image.Resolution"), VIEWER).getFirst();
        return line.substring("root.Properties.Image.Resolution=".length());
    }
}
