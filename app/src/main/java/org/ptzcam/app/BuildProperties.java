package org.ptzcam.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.ptzcam.device.BuildInfo;

/** Reads the version and build date that Maven filtered into build.properties. */
public final class BuildProperties {

    private BuildProperties() {
    }

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildProperties.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("build.properties unreadable", e);
        }
        return new BuildInfo(p.getProperty("version", "0.0.0-dev"), p.getProperty("buildDate", "unknown"));
    }
}
