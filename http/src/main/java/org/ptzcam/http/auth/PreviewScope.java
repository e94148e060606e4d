package org.ptzcam.http.auth;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.ptzcam.device.settings.ImageSettings;

/**
 * What param.cgi lets an anonymous installer do in preview mode (manual: "Preview mode"): read and
 * change the image settings (Video › Image: brightness, contrast, exposure, day/night, IR), nothing
 * else. Accounts, network and system settings stay behind the login; focus, zoom and PTZ go through
 * ptz.cgi, which preview mode opens as a whole.
 */
public final class PreviewScope {

    /** Groups an installer may list: the image settings' own branches. */
    static final List<String> LIST_PREFIXES = List.of("ImageSource.I0.Sensor", "ImageSource.I0.DayNight",
            "ImageSource.I0.IR");

    private PreviewScope() {
    }

    /** True when every name (with or without {@code root.}) is an image setting. */
    public static boolean allowsUpdate(Collection<String> names) {
        return !names.isEmpty() && names.stream().map(PreviewScope::withoutRoot).allMatch(ImageSettings.PATHS::contains);
    }

    /** True when every requested group lies inside the image settings; "everything" is not allowed. */
    public static boolean allowsList(Collection<String> groups) {
        return !groups.isEmpty() && groups.stream().map(PreviewScope::withoutRoot).allMatch(g -> LIST_PREFIXES.stream()
                .anyMatch(p -> g.equals(p) || g.startsWith(p + ".")));
    }

    private static String withoutRoot(String name) {
        String n = name.strip();
        return n.toLowerCase(Locale.ROOT).startsWith("root.") ? n.substring(5) : n;
    }
}
