package org.ptzcam.device.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link ChildMain} in a separate JVM with this test run's class path. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("--enable-native-access=ALL-UNNAMED"); // sqlite-jdbc loads a native library
        command.add("-Xmx128m");
        // start fast: the crash test starts ten of these; C1 only, and no logback (half a second of its own)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
        command.add("-Dslf4j.internal.verbosity=WARN");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs the child to completion and returns its stdout (stderr, e.g. a stack trace, is inherited). */
    public static String run(String... args) throws IOException, InterruptedException {
        Process process = builder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
