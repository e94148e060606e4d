package org.ptzcam.rtsp.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs third-party clients; a missing tool fails the test naming the Debian package. Shared with
 * the http module's tunnel tests (rtsp test-jar).
 */
public final class Tools {

    public record Run(int exit, String out, String err) {
    }

    /** Debian packages the GStreamer tests need: rtspsrc, the depayloaders, parsers and decoders. */
    public static final String GSTREAMER_PACKAGES = "gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good "
            + "gstreamer1.0-plugins-bad gstreamer1.0-libav";

    private Tools() {
    }

    public static Run run(int timeoutSeconds, String... command) throws IOException, InterruptedException {
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

    public static void requireTool(String tool) {
        String pkg = switch (tool) {
            case "ffprobe", "ffmpeg" -> "ffmpeg";
            case "gst-launch-1.0" -> GSTREAMER_PACKAGES;
            case "ip" -> "iproute2";
            case "node" -> "nodejs npm";
            default -> tool;
        };
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")));
        if (path.stream().noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
            throw new AssertionError(tool + " is not installed: apt-get install -y " + pkg);
        }
    }

    /**
     * Runs gst-launch again (at most five runs) if, and only if, a run failed with nothing but rtspsrc's
     * own shutdown race: after EOS gst-launch goes PLAYING → NULL, rtspsrc sends PAUSE and its
     * CLOSE command flushes the connection while the PAUSE waits for the reply, so the read sees
     * "Received end-of-file" within microseconds of the send (GST_DEBUG=rtspsrc:5 shows the
     * flush; the TEARDOWN that follows on the same connection succeeds, so the server did not
     * close it). Any other failure fails the test at once.
     */
    public static Run gstreamer(String... command) throws IOException, InterruptedException {
        Run r = run(60, command);
        for (int run = 2; run <= 5 && r.exit() != 0 && isShutdownRace(r.err()); run++) {
            System.err.println("gst-launch-1.0 hit rtspsrc's PAUSE/CLOSE shutdown race; run " + run);
            r = run(60, command);
        }
        return r;
    }

    static boolean isShutdownRace(String stderr) {
        List<String> errors = stderr.lines().filter(l -> l.startsWith("ERROR")).toList();
        return !errors.isEmpty() && stderr.contains("gst_rtspsrc_pause")
                && errors.stream().allMatch(l -> l.contains("Could not write to resource"))
                && stderr.lines().filter(l -> l.startsWith("Could not")).allMatch(
                        l -> l.equals("Could not send message. (Received end-of-file)"));
    }
}
