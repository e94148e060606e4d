package org.ptzcam.rtsp.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs third-party clients; a missing tool fails the test naming the Debian package. */
final class Tools {

    record Run(int exit, String out, String err) {
    }

    /** Debian packages GStreamerClientTest needs: rtspsrc, the depayloaders, parsers and decoders. */
    static final String GSTREAMER_PACKAGES = "gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good "
            + "gstreamer1.0-plugins-bad gstreamer1.0-libav";

    private Tools() {
    }

    static Run run(int timeoutSeconds, String... command) throws IOException, InterruptedException {
        requireTool(command[0]);
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(command[0] + " did not finish in " + timeoutSeconds + " s: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static void requireTool(String tool) {
        String pkg = switch (tool) {
            case "ffprobe", "ffmpeg" -> "ffmpeg";
            case "gst-launch-1.0" -> GSTREAMER_PACKAGES;
            case "ip" -> "iproute2";
            default -> tool;
        };
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")));
        if (path.stream().noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
            throw new AssertionError(tool + " is not installed: apt-get install -y " + pkg);
        }
    }
}
