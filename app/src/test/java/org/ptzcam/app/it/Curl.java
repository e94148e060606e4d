package org.ptzcam.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Runs the real curl binary and splits its answer into status, headers and body. */
final class Curl {

    record Reply(int exitCode, int status, List<String> headers, String body, String stderr) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
        }
    }

    private Curl() {
    }

    /**
     * curl as the IT administrator ({@link CameraProcess#ADMIN}, Digest), unless the arguments bring
     * their own {@code -u}.
     */
    static Reply run(String... args) throws IOException, InterruptedException {
        if (List.of(args).contains("-u")) {
            return anonymous(args);
        }
        List<String> withUser = new ArrayList<>(List.of("--digest", "-u", CameraProcess.ADMIN));
        withUser.addAll(List.of(args));
        return anonymous(withUser.toArray(String[]::new));
    }

    /** curl -sS -k -D - [args] url without credentials; TLS verification is off (self-signed certificate). */
    static Reply anonymous(String... args) throws IOException, InterruptedException {
        // headers always go to stdout (-D -): with -o the body goes to the file, and stdout then holds
        // the headers followed by whatever -w prints
        List<String> cmd = new ArrayList<>(List.of(ExternalTool.require("curl", "curl"), "-sS", "-k", "-D", "-",
                "--max-time", "20"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("curl did not finish");
        }
        return parse(p.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    private static Reply parse(int exit, String raw, String err) {
        if (exit != 0 || raw.isEmpty()) {
            return new Reply(exit, 0, List.of(), "", err);
        }
        // interim answers come first (100 Continue, curl's body-less Digest probe, the 401 it answers):
        // keep the last response
        while (true) {
            int end = raw.indexOf("\r\n\r\n");
            int next = raw.indexOf("HTTP/1.1 ", Math.max(0, end));
            boolean interim = raw.startsWith("HTTP/1.1 1") || raw.startsWith("HTTP/1.1 401");
            if (end < 0 || !(raw.startsWith("HTTP/", end + 4) || (interim && next > 0))) {
                break;
            }
            raw = raw.startsWith("HTTP/", end + 4) ? raw.substring(end + 4) : raw.substring(next);
        }
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new Reply(exit, status, List.of(lines).subList(1, lines.length), body, err);
    }
}
