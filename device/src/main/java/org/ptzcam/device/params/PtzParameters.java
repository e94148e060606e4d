package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ptzcam.device.ptz.Preset;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.ptz.ZoomLaw;
import org.ptzcam.device.settings.PtzSettings;

/**
 * The read-only part of {@code root.PTZ} (vapix.md §2.2, §5): what Home Assistant and VMS drivers
 * require (CameraDefault, NbrOfSerPorts, CamPorts, ImageSource.I0.PTZEnabled, every Support.S1 key,
 * Various.V1.CtlQueue*), the lens' field angles, and the server presets as
 * {@code Preset.P0.Position.P<n>.Name/Data}. The writable keys (limits, home, queue) are settings.
 * Presets are changed through ptzconfig.cgi, never param.cgi (Presets.Version 2.00).
 */
final class PtzParameters {
    private PtzParameters() {
    }

    /** Support.S1 keys and whether we do them; every key must be present (HA reads them all). */
    private static final List<String> SUPPORTED = List.of("AbsoluteFocus", "AbsolutePan", "AbsoluteTilt",
            "AbsoluteZoom", "AreaZoom", "AutoFocus", "ContinuousFocus", "ContinuousPan", "ContinuousTilt",
            "ContinuousZoom", "ProportionalSpeed", "RelativeFocus", "RelativePan", "RelativeTilt", "RelativeZoom",
            "ServerPreset", "SpeedCtl");
    private static final List<String> UNSUPPORTED = List.of("AbsoluteBrightness", "AbsoluteIris",
            "ActionNotification", "AutoIrCutFilter", "AutoIris", "Auxiliary", "BackLight", "ContinuousBrightness",
            "ContinuousIris", "DevicePreset", "DigitalZoom", "IrCutFilter", "LensOffset", "OSDMenu",
            "RelativeBrightness", "RelativeIris");

    static List<Parameter> of(PtzService ptz) {
        List<Parameter> out = new ArrayList<>(List.of(
                Parameter.fixed("Properties.API.PTZ.Presets.Version", VIEWER, "2.00"),
                Parameter.fixed("Properties.PTZ.DigitalPTZ", VIEWER, "no"),
                Parameter.fixed("Properties.PTZ.DriverManagement", VIEWER, "no"),
                Parameter.fixed("Properties.PTZ.DriverModeList", VIEWER, "none"),
                Parameter.fixed("Properties.PTZ.PTZOnQuadView", VIEWER, "no"),
                Parameter.fixed("Properties.PTZ.SelectableDriverMode", VIEWER, "no"),
                Parameter.fixed("PTZ.BoaProtPTZOperator", VIEWER, "password"),
                Parameter.fixed("PTZ.CameraDefault", VIEWER, "1"),
                Parameter.fixed("PTZ.NbrOfCameras", VIEWER, "1"),
                Parameter.fixed("PTZ.NbrOfSerPorts", VIEWER, "0"),
                Parameter.fixed("PTZ.CamPorts.Cam1Port", VIEWER, "1"),
                Parameter.fixed("PTZ.ImageSource.I0.PTZEnabled", VIEWER, "true"),
                Parameter.fixed("PTZ.Limit.L1.MinZoom", VIEWER, Integer.toString(ZoomLaw.MIN_STEP)),
                Parameter.fixed("PTZ.Limit.L1.MinFieldAngle", VIEWER, tenths(ZoomLaw.TELE_HFOV_DEG)),
                Parameter.fixed("PTZ.Limit.L1.MaxFieldAngle", VIEWER, tenths(ZoomLaw.WIDE_HFOV_DEG)),
                Parameter.fixed("PTZ.Preset.P0.Name", VIEWER, ""),
                Parameter.fixed("PTZ.Preset.P0.ImageSource", VIEWER, "0"),
                Parameter.fixed("PTZ.PTZDriverStatuses.Driver1Status", VIEWER, "3"),
                Parameter.fixed("PTZ.Various.V1.Locked", VIEWER, "false"),
                Parameter.fixed("PTZ.Various.V1.PanEnabled", VIEWER, "true"),
                Parameter.fixed("PTZ.Various.V1.TiltEnabled", VIEWER, "true"),
                Parameter.fixed("PTZ.Various.V1.ZoomEnabled", VIEWER, "true"),
                Parameter.fixed("PTZ.Various.V1.ReturnToOverview", VIEWER, "0"),
                Parameter.live("PTZ.UserAdv.U1.MoveSpeed", VIEWER,
                        () -> Optional.of(Long.toString(Math.round(ptz.defaultSpeed() * 100))))));
        SUPPORTED.forEach(key -> out.add(Parameter.fixed("PTZ.Support.S1." + key, VIEWER, "true")));
        UNSUPPORTED.forEach(key -> out.add(Parameter.fixed("PTZ.Support.S1." + key, VIEWER, "false")));
        for (int n = 1; n <= PtzSettings.MAX_PRESETS; n++) {
            int number = n;
            out.add(Parameter.live("PTZ.Preset.P0.Position.P" + n + ".Name", VIEWER,
                    () -> ptz.preset(number).map(Preset::name)));
            out.add(Parameter.live("PTZ.Preset.P0.Position.P" + n + ".Data", VIEWER,
                    () -> ptz.preset(number).map(Preset::data)));
        }
        return out;
    }

    /** VAPIX field angles are in tenths of a degree. */
    private static String tenths(double deg) {
        return Long.toString(Math.round(deg * 10));
    }
}
