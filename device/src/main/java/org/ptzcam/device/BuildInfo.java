package org.ptzcam.device;

import java.util.Objects;

/**
 * What the running build says about itself (from the app's build.properties).
 *
 * @param version   the project version; it is also the device-software version clients see
 * @param buildDate when the build was made, ISO-8601 ({@code 2026-01-09T10:00:00Z}) or free text
 */
public record BuildInfo(String version, String buildDate) {
    public BuildInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(buildDate, "buildDate");
        if (version.isBlank()) {
            throw new IllegalArgumentException("build version must not be blank");
        }
    }
}
