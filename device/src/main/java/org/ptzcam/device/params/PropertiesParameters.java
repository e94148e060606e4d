package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ptzcam.device.identity.DeviceIdentity;
import org.ptzcam.device.settings.AudioSettings;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.EnumType;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.device.settings.Settings;

/**
 * {@code root.Properties}: what the camera can do. Clients branch on these (Home Assistant creates
 * no camera entity without {@code Image.Format}, fetches {@code root.PTZ} when {@code PTZ.PTZ=yes}),
 * so each line promises an API; add one only together with the API it announces.
 */
final class PropertiesParameters {
    /** Our builds are identified by version; the build number exists only because clients read it. */
    static final String BUILD_NUMBER = "1";

    private PropertiesParameters() {
    }

    static List<Parameter> of(DeviceIdentity identity, Settings settings) {
        return List.of(
                Parameter.fixed("Properties.API.HTTP.Version", VIEWER, "3"),
                Parameter.fixed("Properties.API.HTTP.AdminPath", VIEWER, "/"),
                Parameter.fixed("Properties.API.RTSP.RTSPAuth", VIEWER, "yes"),
                Parameter.fixed("Properties.API.RTSP.Version", VIEWER, "2.01"),
                Parameter.fixed("Properties.ApiDiscovery.ApiDiscovery", VIEWER, "yes"),
                Parameter.fixed("Properties.Firmware.BuildDate", VIEWER, identity.buildDate()),
                Parameter.fixed("Properties.Firmware.BuildNumber", VIEWER, BUILD_NUMBER),
                Parameter.fixed("Properties.Firmware.Version", VIEWER, identity.firmwareVersion()),
                Parameter.fixed("Properties.Image.Format", VIEWER, "jpeg,mjpeg,h264,h265,av1"),
                Parameter.fixed("Properties.Image.NbrOfViews", VIEWER, "1"),
                Parameter.live("Properties.Image.Resolution", VIEWER, () -> Optional.of(
                        resolutions(settings.capture()))),
                Parameter.fixed("Properties.Image.Rotation", VIEWER, CaptureSettings.ROTATIONS.stream()
                        .map(String::valueOf).collect(Collectors.joining(","))),
                Parameter.fixed("Properties.Audio.Audio", VIEWER, "yes"),
                Parameter.fixed("Properties.Audio.Format", VIEWER, String.join(",",
                        EnumType.of(AudioSettings.Encoding.class).values())),
                Parameter.fixed("Properties.LightControl.LightControl2", VIEWER, "no"),
                Parameter.fixed("Properties.PTZ.PTZ", VIEWER, "yes"),
                Parameter.fixed("Properties.System.Architecture", VIEWER, identity.architecture()),
                Parameter.fixed("Properties.System.HardwareID", VIEWER, identity.hardwareId()),
                Parameter.fixed("Properties.System.Language", VIEWER, "English"),
                Parameter.fixed("Properties.System.LanguageType", VIEWER, "default"),
                Parameter.fixed("Properties.System.SerialNumber", VIEWER, identity.serialNumber()),
                Parameter.fixed("Properties.System.Soc", VIEWER, identity.soc()));
    }

    /** The sizes offered for the current capture mode and rotation, largest first, comma-separated. */
    static String resolutions(CaptureSettings capture) {
        return capture.offeredResolutions().stream().map(Resolution::toString).collect(Collectors.joining(","));
    }
}
