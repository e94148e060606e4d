package org.ptzcam.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the ffprobe CLI on a file; fails (never skips) when ffprobe is not installed. */
public final class Ffprobe {

    private Ffprobe() {
    }

    /** The {@code -show_streams} sections of {@code file} as key/value maps. */
    public static List<Map<String, String>> streams(Path file, String... inputOptions) {
        List<String> cmd = new ArrayList<>(List.of("ffprobe", "-v", "error"));
        cmd.addAll(List.of(inputOptions));
        cmd.addAll(List.of("-show_streams", file.toString()));
        String out = run(cmd);
        List<Map<String, String>> streams = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : out.split("\n")) {
            if (line.equals("[STREAM]")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("[/STREAM]")) {
                streams.add(current);
                current = null;
            } else if (current != null && line.contains("=")) {
                current.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return streams;
    }

    /** Runs a command, returning stdout; throws AssertionError on failure or when it is missing. */
    public static String run(List<String> cmd) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError(cmd.get(0) + " is not installed or not on PATH: install the Debian package"
                    + " 'ffmpeg' (apt-get install -y ffmpeg), which provides ffmpeg and ffprobe", e);
        }
        try {
            // stderr is drained on its own thread so a chatty tool cannot block on a full pipe
            var stderrBytes = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread.ofVirtual().start(() -> {
                try (var err = p.getErrorStream()) {
                    stderrBytes.complete(err.readAllBytes());
                } catch (IOException e) {
                    stderrBytes.complete(new byte[0]);
                }
            });
            byte[] stdout;
            try (var in = p.getInputStream()) {
                stdout = in.readAllBytes();
            }
            byte[] stderr = stderrBytes.join();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " timed out");
            }
            String errText = new String(stderr, StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0 || !errText.isEmpty()) {
                throw new AssertionError(cmd + " exited " + p.exitValue() + ": " + errText);
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(cmd + " failed", e);
        }
    }
}
