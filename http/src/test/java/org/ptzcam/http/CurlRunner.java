package org.ptzcam.http;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The real curl binary; a missing curl fails the test naming the Debian package. */
final class CurlRunner {

    record Reply(int status, List<String> headers, String body, String stderr) {
        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    private CurlRunner() {
    }

    static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, "curl");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        throw new AssertionError("curl is not installed; install the Debian package 'curl'");
    }

    /** curl -sS -k -D - [args]; the status and headers are those of the last response. */
    static Reply run(String... args) throws IOException, InterruptedException {
        return run(true, args);
    }

    /** As {@link #run(String...)} but verifying the server's certificate (pass {@code --cacert}). */
    static Reply verified(String... args) throws IOException, InterruptedException {
        return run(false, args);
    }

    private static Reply run(boolean insecure, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary(), "-sS", "-D", "-", "--max-time", "20"));
        if (insecure) {
            cmd.add("-k");
        }
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("curl did not finish");
        }
        // with --digest curl prints the 401 and the final response; keep the last one
        int last = out.lastIndexOf("HTTP/1.1 ");
        String raw = last < 0 ? out : out.substring(last);
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        String[] lines = head.split("\r\n");
        int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : 0;
        return new Reply(status, List.of(lines).subList(1, lines.length), body, err);
    }
}
