package org.ptzcam.device.ptz;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A server preset: a numbered, named position.
 *
 * @param number    1…{@link org.ptzcam.device.settings.PtzSettings#MAX_PRESETS}
 * @param name      1–31 characters, none of {@code "<>~:}, no control characters (VAPIX rules)
 * @param panDeg    bearing, (−180, 180]
 * @param tiltDeg   tilt, degrees
 * @param zoomStep  zoom, steps 1…9999
 * @param focusStep manual focus position, empty when the preset uses autofocus
 */
public record Preset(int number, String name, double panDeg, double tiltDeg, double zoomStep,
        OptionalDouble focusStep) {
    public static final int MAX_NAME_LENGTH = 31;

    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(focusStep, "focusStep");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new InvalidPresetException(problem);
        }
    }

    /** Why a name is not a valid preset name, or null when it is. */
    public static String nameProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return "preset name must be 1 to " + MAX_NAME_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("\"<>~:".indexOf(c) >= 0 || Character.isISOControl(c)) {
                return "preset name must not contain \" < > ~ : or control characters";
            }
        }
        return null;
    }

    /** VAPIX preset data, as in {@code root.PTZ.Preset.P0.Position.P1.Data}. */
    public String data() {
        return String.format(java.util.Locale.ROOT, "tilt=%.6f:pan=%.6f:zoom=%.6f", tiltDeg, panDeg, zoomStep);
    }
}
