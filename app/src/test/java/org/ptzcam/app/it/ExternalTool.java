package org.ptzcam.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates a third-party program the tests drive; a missing one fails the run naming its package. */
final class ExternalTool {

    private ExternalTool() {
    }

    static String require(String command, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException(command + " is required by the integration tests but is not installed: "
                + "install the Debian package '" + debianPackage + "' (apt-get install " + debianPackage
                + "), or run ./ptzcam test, which installs it");
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the tests"));
    }

    static Path jar() throws IOException {
        String jar = System.getProperty("ptzcam.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IOException("the fat jar is missing (" + jar + "): run the integration tests with 'mvn verify'");
        }
        return Path.of(jar);
    }
}
