package org.ptzcam.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine a figure was measured on: cores, load, JVM. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format("%d cores, load average %s, Java %s", Runtime.getRuntime().availableProcessors(),
                loadAverage(), Runtime.version());
    }

    /** The 1-minute load average from /proc/loadavg ("?" if unreadable). */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
