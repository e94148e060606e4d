package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;

/**
 * The read-only part of {@code root.Image} and {@code root.ImageSource}: one sensor (source 0)
 * and one view area on it. The settings of both groups (rotation, sensor, day-night, …) join these
 * by themselves; declared before them so that a group's fixed facts are listed first, as on Axis.
 */
final class ImageParameters {
    private ImageParameters() {
    }

    static List<Parameter> of() {
        return List.of(
                Parameter.fixed("Image.NbrOfConfigs", VIEWER, "1"),
                Parameter.fixed("Image.I0.Enabled", VIEWER, "yes"),
                Parameter.fixed("Image.I0.Name", VIEWER, "View Area 1"),
                Parameter.fixed("Image.I0.Source", VIEWER, "0"),
                Parameter.fixed("ImageSource.NbrOfSources", VIEWER, "1"),
                Parameter.fixed("ImageSource.I0.Name", VIEWER, "Camera"));
    }
}
