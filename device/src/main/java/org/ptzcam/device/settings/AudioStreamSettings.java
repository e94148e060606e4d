package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.function.Function;

/**
 * Video › Stream › Audio, "Include audio" ({@code Audio.A0.Enabled}): whether streams may carry
 * the camera's audio at all. When off, an RTSP request with {@code audio=1} gets a presentation
 * without audio, as on the hardware.
 *
 * @param enabled audio may be streamed
 */
public record AudioStreamSettings(boolean enabled) {
    public static final String ENABLED = "Audio.A0.Enabled";

    static List<SettingDef> definitions(DeviceFacts facts) {
        return List.of(new SettingDef(ENABLED, BooleanType.YES_NO, "yes", VIEWER, OPERATOR,
                "Include audio in streams that ask for it (RTSP audio=1). When no, such streams are video only.",
                "Audio › Add audio to your recording (Video › Stream › Audio)"));
    }

    static AudioStreamSettings from(Function<String, String> values) {
        return new AudioStreamSettings(BooleanType.YES_NO.parse(values.apply(ENABLED)));
    }
}
