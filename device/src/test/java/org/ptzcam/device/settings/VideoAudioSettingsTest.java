package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

/**
 * The capture, image, audio and stream-default settings on a real camera (SQLite in a temp dir):
 * one table of raw value → stored value (or refusal) per setting, defaults, typed views, persistence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VideoAudioSettingsTest {
    private static final String REFUSED = null;

    @TempDir
    static Path dir;
    DeviceModel camera;

    @BeforeAll
    void open() throws Exception {
        camera = TestCameras.open(dir);
    }

    @AfterAll
    void close() {
        camera.close();
    }

    /** path, raw value, the value stored (normalised) or null when refused. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(CaptureSettings.CAPTURE_MODE, "1920x1080@60", "1920x1080@60"),
                row(CaptureSettings.CAPTURE_MODE, "1280x720@60", "1280x720@60"),
                row(CaptureSettings.CAPTURE_MODE, "3840X2160@30", "3840x2160@30"),
                row(CaptureSettings.CAPTURE_MODE, "1920x1080@30", REFUSED),
                row(CaptureSettings.CAPTURE_MODE, "1080p", REFUSED),
                row(CaptureSettings.CAPTURE_MODE, "", REFUSED),
                row(CaptureSettings.POWER_LINE_FREQUENCY, "50", "50"),
                row(CaptureSettings.POWER_LINE_FREQUENCY, "60", "60"),
                row(CaptureSettings.POWER_LINE_FREQUENCY, "55", REFUSED),
                row(CaptureSettings.POWER_LINE_FREQUENCY, "50Hz", REFUSED),
                row(CaptureSettings.ROTATION, "0", "0"),
                row(CaptureSettings.ROTATION, "90", "90"),
                row(CaptureSettings.ROTATION, "270", "270"),
                row(CaptureSettings.ROTATION, "45", REFUSED),
                row(CaptureSettings.ROTATION, "360", REFUSED),
                row(CaptureSettings.ROTATION, "-90", REFUSED),
                row(CaptureSettings.STABILIZATION, "yes", "true"),
                row(CaptureSettings.STABILIZATION, "TRUE", "true"),
                row(CaptureSettings.STABILIZATION, "off", "false"),
                row(CaptureSettings.STABILIZATION, "no", "false"),
                row(CaptureSettings.STABILIZATION, "maybe", REFUSED),
                row(ImageSettings.BRIGHTNESS, "0", "0"),
                row(ImageSettings.BRIGHTNESS, "100", "100"),
                row(ImageSettings.BRIGHTNESS, "070", "70"),
                row(ImageSettings.BRIGHTNESS, "101", REFUSED),
                row(ImageSettings.BRIGHTNESS, "-1", REFUSED),
                row(ImageSettings.BRIGHTNESS, "bright", REFUSED),
                row(ImageSettings.CONTRAST, "75", "75"),
                row(ImageSettings.CONTRAST, "101", REFUSED),
                row(ImageSettings.COLOR_LEVEL, "0", "0"),
                row(ImageSettings.COLOR_LEVEL, "200", REFUSED),
                row(ImageSettings.SHARPNESS, "100", "100"),
                row(ImageSettings.SHARPNESS, "", REFUSED),
                row(ImageSettings.MAX_SHUTTER_TIME, "1", "1"),
                row(ImageSettings.MAX_SHUTTER_TIME, "1000", "1000"),
                row(ImageSettings.MAX_SHUTTER_TIME, "0040", "40"),
                row(ImageSettings.MAX_SHUTTER_TIME, "0", REFUSED),
                row(ImageSettings.MAX_SHUTTER_TIME, "1001", REFUSED),
                row(ImageSettings.MAX_GAIN, "0", "0"),
                row(ImageSettings.MAX_GAIN, "48", "48"),
                row(ImageSettings.MAX_GAIN, "49", REFUSED),
                row(ImageSettings.MAX_GAIN, "-1", REFUSED),
                row(ImageSettings.BLUR_NOISE_TRADEOFF, "0", "0"),
                row(ImageSettings.BLUR_NOISE_TRADEOFF, "100", "100"),
                row(ImageSettings.BLUR_NOISE_TRADEOFF, "101", REFUSED),
                row(ImageSettings.DAY_NIGHT_MODE, "night", "night"),
                row(ImageSettings.DAY_NIGHT_MODE, "DAY", "day"),
                row(ImageSettings.DAY_NIGHT_MODE, "dusk", REFUSED),
                row(ImageSettings.DAY_NIGHT_SHIFT_LEVEL, "100", "100"),
                row(ImageSettings.DAY_NIGHT_SHIFT_LEVEL, "-5", REFUSED),
                row(ImageSettings.IR_ALLOWED, "no", "false"),
                row(ImageSettings.IR_ALLOWED, "1", "true"),
                row(ImageSettings.IR_ALLOWED, "2", REFUSED),
                row(ImageSettings.IR_MODE, "MANUAL", "manual"),
                row(ImageSettings.IR_MODE, "auto", "auto"),
                row(ImageSettings.IR_MODE, "off", REFUSED),
                row(ImageSettings.IR_INTENSITY, "0", "0"),
                row(ImageSettings.IR_INTENSITY, "101", REFUSED),
                row(AudioSettings.INPUT, "line", "line"),
                row(AudioSettings.INPUT, "Microphone", "microphone"),
                row(AudioSettings.INPUT, "usb", REFUSED),
                row(AudioSettings.INPUT_GAIN, "-20", "-20"),
                row(AudioSettings.INPUT_GAIN, "30", "30"),
                row(AudioSettings.INPUT_GAIN, "-0", "0"),
                row(AudioSettings.INPUT_GAIN, "+5", REFUSED),
                row(AudioSettings.INPUT_GAIN, "-21", REFUSED),
                row(AudioSettings.INPUT_GAIN, "31", REFUSED),
                row(AudioSettings.PHANTOM_POWER, "true", "yes"),
                row(AudioSettings.PHANTOM_POWER, "OFF", "no"),
                row(AudioSettings.PHANTOM_POWER, "x", REFUSED),
                row(AudioSettings.ENCODING, "G711", "g711"),
                row(AudioSettings.ENCODING, "opus", "opus"),
                row(AudioSettings.ENCODING, "mp3", REFUSED),
                row(AudioSettings.SAMPLE_RATE, "48000", "48000"),
                row(AudioSettings.SAMPLE_RATE, "8000", "8000"),
                row(AudioSettings.SAMPLE_RATE, "44100", REFUSED),
                row(AudioSettings.SAMPLE_RATE, "16k", REFUSED),
                row(AudioSettings.BIT_RATE, "8", "8"),
                row(AudioSettings.BIT_RATE, "128", "128"),
                row(AudioSettings.BIT_RATE, "7", REFUSED),
                row(AudioSettings.BIT_RATE, "129", REFUSED),
                row(StreamDefaults.COMPRESSION, "0", "0"),
                row(StreamDefaults.COMPRESSION, "100", "100"),
                row(StreamDefaults.COMPRESSION, "101", REFUSED),
                row(StreamDefaults.COMPRESSION, "30.5", REFUSED),
                row(StreamDefaults.VIDEO_CODEC, "H265", "h265"),
                row(StreamDefaults.VIDEO_CODEC, "av1", REFUSED),
                row(StreamDefaults.RESOLUTION, "640x360", "640x360"),
                row(StreamDefaults.RESOLUTION, "1000x1000", REFUSED),
                row(StreamDefaults.FPS, "15", "15"),
                row(StreamDefaults.FPS, "61", REFUSED),
                row(StreamDefaults.GOP_LENGTH, "60", "60"),
                row(StreamDefaults.GOP_LENGTH, "0", REFUSED),
                row(StreamDefaults.H264_PROFILE, "Main", "main"),
                row(StreamDefaults.H264_PROFILE, "extended", REFUSED),
                row(StreamDefaults.RATE_MODE, "MBR", "mbr"),
                row(StreamDefaults.RATE_MODE, "cbr", REFUSED),
                row(StreamDefaults.MAX_BITRATE, "1500", "1500"),
                row(StreamDefaults.MAX_BITRATE, "15", REFUSED),
                row(StreamDefaults.PRIORITY, "quality", "quality"),
                row(StreamDefaults.PRIORITY, "none", REFUSED),
                row(StreamDefaults.ABR_TARGET, "800", "800"),
                row(StreamDefaults.ABR_TARGET, "100001", REFUSED),
                row(StreamDefaults.ABR_RETENTION, "24", "24"),
                row(StreamDefaults.ABR_RETENTION, "0", REFUSED),
                row(StreamDefaults.ABR_MAX_BITRATE, "0", "0"),
                row(StreamDefaults.ABR_MAX_BITRATE, "-1", REFUSED),
                row(StreamDefaults.AUDIO, "on", "yes"),
                row(StreamDefaults.AUDIO, "maybe", REFUSED));
    }

    private static Arguments row(String path, String raw, String stored) {
        return Arguments.of(path, raw, stored);
    }

    @ParameterizedTest(name = "{0}=''{1}'' -> {2}")
    @MethodSource("table")
    void validatesAndNormalises(String path, String raw, String stored) throws Exception {
        Settings settings = camera.settings();
        if (stored == null) {
            String before = settings.get(path);
            assertThatThrownBy(() -> settings.update(Map.of(path, raw)))
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                        assertThat(e.path()).isEqualTo(path);
                        assertThat(e.value()).isEqualTo(raw);
                    });
            assertThat(settings.get(path)).isEqualTo(before);
        } else {
            settings.update(Map.of(path, raw));
            assertThat(settings.get(path)).isEqualTo(stored);
        }
    }

    @Test
    void theTableHasAValidAndARefusedRowForEveryNewSetting() {
        Set<String> valid = new HashSet<>();
        Set<String> refused = new HashSet<>();
        table().forEach(row -> (row.get()[2] == null ? refused : valid).add((String) row.get()[0]));
        Set<String> groups = new HashSet<>();
        groups.addAll(CaptureSettings.PATHS);
        groups.addAll(ImageSettings.PATHS);
        groups.addAll(AudioSettings.PATHS);
        groups.addAll(StreamDefaults.PATHS);
        assertThat(valid).isEqualTo(groups);
        assertThat(refused).isEqualTo(groups);
    }

    @Test
    void defaultsAsDocumented(@TempDir Path fresh) throws Exception {
        try (DeviceModel other = TestCameras.open(fresh)) {
            Settings settings = other.settings();
            assertThat(settings.capture()).isEqualTo(new CaptureSettings(CaptureMode.FHD_1080P60,
                    PowerLineFrequency.HZ_60, 0, false));
            assertThat(settings.image()).isEqualTo(new ImageSettings(50, 50, 50, 50, 33, 36, 50,
                    ImageSettings.DayNightMode.AUTO, 50, true, ImageSettings.IrMode.AUTO, 100));
            assertThat(settings.audio()).isEqualTo(new AudioSettings(AudioSettings.Input.MICROPHONE, 0, false,
                    AudioSettings.Encoding.AAC, 16000, 32));
            assertThat(settings.streamDefaults()).isEqualTo(new StreamDefaults(StreamDefaults.VideoFormat.H264,
                    new Resolution(1920, 1080), 0, 30, 32, StreamDefaults.H264Profile.HIGH, StreamDefaults.RateMode.VBR,
                    4000, StreamDefaults.RatePriority.FRAMERATE, 2000, 168, 0, false));
            assertThat(settings.get(CaptureSettings.STABILIZATION)).isEqualTo("false");
            assertThat(settings.get(ImageSettings.IR_ALLOWED)).isEqualTo("true");
            assertThat(settings.get(AudioSettings.PHANTOM_POWER)).isEqualTo("no");
        }
    }

    @Test
    void typedViewsSurviveCloseAndReopen(@TempDir Path fresh) throws Exception {
        try (DeviceModel other = TestCameras.open(fresh)) {
            Map<String, String> changes = new LinkedHashMap<>();
            changes.put(CaptureSettings.CAPTURE_MODE, "3840x2160@30");
            changes.put(CaptureSettings.POWER_LINE_FREQUENCY, "50");
            changes.put(CaptureSettings.ROTATION, "270");
            changes.put(CaptureSettings.STABILIZATION, "yes");
            changes.put(ImageSettings.BRIGHTNESS, "61");
            changes.put(ImageSettings.MAX_SHUTTER_TIME, "250");
            changes.put(ImageSettings.DAY_NIGHT_MODE, "night");
            changes.put(ImageSettings.IR_ALLOWED, "no");
            changes.put(ImageSettings.IR_MODE, "manual");
            changes.put(ImageSettings.IR_INTENSITY, "40");
            changes.put(AudioSettings.INPUT, "line");
            changes.put(AudioSettings.INPUT_GAIN, "-6");
            changes.put(AudioSettings.PHANTOM_POWER, "yes");
            changes.put(AudioSettings.ENCODING, "g711");
            changes.put(AudioSettings.SAMPLE_RATE, "48000");
            changes.put(AudioSettings.BIT_RATE, "96");
            changes.put(StreamDefaults.COMPRESSION, "55");
            other.settings().update(changes);
        }
        try (DeviceModel other = TestCameras.open(fresh)) {
            Settings settings = other.settings();
            CaptureSettings capture = settings.capture();
            assertThat(capture).isEqualTo(new CaptureSettings(CaptureMode.UHD_2160P30, PowerLineFrequency.HZ_50,
                    270, true));
            assertThat(capture.maxFps()).isEqualTo(25);
            assertThat(capture.outputSize()).isEqualTo(new Resolution(2160, 3840));
            assertThat(settings.image()).isEqualTo(new ImageSettings(61, 50, 50, 50, 250, 36, 50,
                    ImageSettings.DayNightMode.NIGHT, 50, false, ImageSettings.IrMode.MANUAL, 40));
            AudioSettings audio = settings.audio();
            assertThat(audio).isEqualTo(new AudioSettings(AudioSettings.Input.LINE, -6, true,
                    AudioSettings.Encoding.G711, 48000, 96));
            assertThat(List.of(audio.effectiveSampleRate(), audio.effectiveBitRateKbps())).containsExactly(8000, 64);
            assertThat(settings.streamDefaults().compression()).isEqualTo(55);
        }
    }
}
