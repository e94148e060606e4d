package org.ptzcam.visca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs third-party tools; a missing tool fails the test naming the Debian package. */
public final class Tools {

    public record Run(int exit, String out, String err) {
    }

    private Tools() {
    }

    public static Run run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        requireTool(command[0]);
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
            case "node" -> "nodejs";
            default -> tool;
        };
        List<String> path = List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"));
        if (path.stream().noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
            throw new AssertionError(tool + " is not installed: apt-get install -y " + pkg);
        }
    }
}
