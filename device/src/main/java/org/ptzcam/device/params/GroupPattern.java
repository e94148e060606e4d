package org.ptzcam.device.params;

import java.util.List;
import java.util.Locale;

/**
 * A {@code group=} argument of param.cgi: a dotted prefix of parameter paths, with or without
 * {@code root.}, where a {@code *} segment matches any one segment ({@code ImageSource.*.Name}).
 * Segments compare ignoring case; {@code root} alone matches everything.
 */
record GroupPattern(List<String> segments) {
    static GroupPattern parse(String group) {
        if (group.equalsIgnoreCase("root")) {
            return new GroupPattern(List.of());
        }
        String path = ParameterNames.withoutRoot(group);
        return new GroupPattern(List.of(path.toLowerCase(Locale.ROOT).split("\\.", -1)));
    }

    /** True for an empty segment anywhere ({@code a..b}, {@code a.}, {@code ""}): such a group names nothing. */
    boolean isMalformed() {
        return segments.stream().anyMatch(String::isEmpty);
    }

    boolean matches(String path) {
        String[] pathSegments = path.toLowerCase(Locale.ROOT).split("\\.");
        if (segments.size() > pathSegments.length) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (!segment.equals("*") && !segment.equals(pathSegments[i])) {
                return false;
            }
        }
        return true;
    }
}
