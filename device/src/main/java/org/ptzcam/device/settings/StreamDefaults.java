package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a stream request that does not say otherwise gets (Video › Stream › General). Only the
 * compression for now; resolution, fps and the rest of the Stream tab come with stream profiles.
 *
 * @param compression 0–100, higher gives smaller files and less detail
 */
public record StreamDefaults(int compression) {
    public static final String COMPRESSION = "Image.I0.Appearance.Compression";

    private static final List<SettingDef> DEFINITIONS = List.of(
            new SettingDef(COMPRESSION, new IntRangeType(0, 100), "30", VIEWER, OPERATOR,
                    "Compression of snapshots and streams whose request has no compression argument: higher"
                            + " gives smaller images with less detail, lower gives more detail and a higher bitrate.",
                    "View and record video › Reduce bandwidth and storage (Video › Stream › General)"));

    /** The paths of this group. */
    public static final Set<String> PATHS = Set.of(COMPRESSION);

    /** True when {@code changedPaths} (as a settings listener hears them) touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static StreamDefaults from(Function<String, String> values) {
        return new StreamDefaults(Integer.parseInt(values.apply(COMPRESSION)));
    }
}
