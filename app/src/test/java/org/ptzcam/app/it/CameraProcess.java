package org.ptzcam.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar run as a real subprocess ({@code ptzcam run} on free ports and a temp data dir),
 * with its ports read from the banner.
 */
final class CameraProcess implements AutoCloseable {

    private static final Pattern HTTPS = Pattern.compile("^\\s*HTTPS\\s+https://[^:/]+:(\\d+)/");
    private static final Pattern HTTP = Pattern.compile("^\\s*HTTP\\s+http://[^:/]+:(\\d+)/");

    /** The administrator every started camera gets (user:password for curl -u). */
    static final String ADMIN_USER = "root";
    static final String ADMIN_PASSWORD = "it-Secret 1";
    static final String ADMIN = ADMIN_USER + ":" + ADMIN_PASSWORD;

    private final Process process;
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<String> stderr;
    private volatile int httpPort;
    private volatile int httpsPort;

    private CameraProcess(Process process) {
        this.process = process;
        // own threads: the common pool may have a single worker on a 2-core machine, and these block
        this.stderr = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("ptzcam-stderr").start(() -> {
            try {
                stderr.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                stderr.complete(e.toString());
            }
        });
    }

    /** Runs any ptzcam command line to completion (for factory-default, bad flags…). */
    static Finished runToEnd(String... args) throws IOException, InterruptedException {
        Process p = builder(command(args)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("ptzcam " + String.join(" ", args) + " did not finish");
        }
        return new Finished(p.exitValue(), out, err);
    }

    record Finished(int exitCode, String stdout, String stderr) {
    }

    /**
     * Starts {@code ptzcam run} on loopback with port 0 everywhere, waits for the banner and creates
     * the administrator {@link #ADMIN} if the camera has no account yet.
     */
    static CameraProcess start(Path dataDir, String... extra) throws IOException, InterruptedException {
        CameraProcess cam = startFactoryDefaulted(dataDir, extra);
        if (Curl.anonymous("--data", "{\"apiVersion\":\"1\",\"method\":\"systemready\"}",
                cam.https("/axis-cgi/systemready.cgi")).body().contains("\"needsetup\":\"yes\"")) {
            Curl.Reply created = Curl.anonymous("--data-urlencode", "pwd=" + ADMIN_PASSWORD, "--data",
                    "action=add&user=" + ADMIN_USER + "&grp=root&sgrp=admin:operator:viewer:ptz",
                    cam.https("/axis-cgi/pwdgrp.cgi"));
            if (!created.body().contains("Created account " + ADMIN_USER + ".")) {
                cam.close();
                throw new IOException("could not create the first administrator: " + created);
            }
        }
        return cam;
    }

    /** Starts {@code ptzcam run} and leaves it as it is (no account created). */
    static CameraProcess startFactoryDefaulted(Path dataDir, String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("run", "--data-dir", dataDir.toString(), "--bind", "127.0.0.1",
                "--http-port", "0", "--https-port", "0", "--rtsp-port", "0"));
        args.addAll(List.of(extra));
        CameraProcess cam = new CameraProcess(builder(command(args.toArray(String[]::new))).start());
        cam.awaitBanner();
        return cam;
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SVT_LOG", "1");  // SVT-AV1 would print its banner to stdout
        return pb;
    }

    private static List<String> command(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ExternalTool.javaBinary(), "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m", "-jar", ExternalTool.jar().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void awaitBanner() throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> reading = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("ptzcam-stdout").start(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    stdout.add(line);
                    Matcher s = HTTPS.matcher(line);
                    Matcher h = HTTP.matcher(line);
                    if (s.find()) {
                        httpsPort = Integer.parseInt(s.group(1));
                    } else if (h.find()) {
                        httpPort = Integer.parseInt(h.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended; the checks below report it
            }
            reading.complete(null);
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((httpPort == 0 || httpsPort == 0) && System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                reading.join();
                throw new IOException("ptzcam exited with " + process.exitValue() + " before its banner:\n"
                        + String.join("\n", stdout) + "\n" + stderr.join());
            }
            Thread.sleep(20);
        }
        if (httpPort == 0 || httpsPort == 0) {
            process.destroyForcibly();
            throw new IOException("no banner within 60 s:\n" + String.join("\n", stdout));
        }
    }

    int httpPort() {
        return httpPort;
    }

    int httpsPort() {
        return httpsPort;
    }

    String https(String pathAndQuery) {
        return "https://127.0.0.1:" + httpsPort + pathAndQuery;
    }

    String http(String pathAndQuery) {
        return "http://127.0.0.1:" + httpPort + pathAndQuery;
    }

    /** An HTTP URL with the administrator's credentials in it, for ffmpeg/GStreamer. */
    String httpWithCredentials(String pathAndQuery) {
        return "http://" + ADMIN_USER + ":" + ADMIN_PASSWORD.replace(" ", "%20") + "@127.0.0.1:" + httpPort
                + pathAndQuery;
    }

    /** The RTSP port the banner advertises. */
    int rtspPort() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RTSP\\s+rtsp://[^:]+:(\\d+)/")
                .matcher(String.join("\n", stdoutLines()));
        if (!m.find()) {
            throw new IllegalStateException("no RTSP line in the banner: " + stdoutLines());
        }
        return Integer.parseInt(m.group(1));
    }

    /** An RTSP URL with the administrator's credentials in it; ffmpeg and GStreamer answer the Digest challenge themselves. */
    String rtspWithCredentials(String pathAndQuery) {
        return "rtsp://" + ADMIN_USER + ":" + ADMIN_PASSWORD.replace(" ", "%20") + "@127.0.0.1:" + rtspPort()
                + pathAndQuery;
    }

    /** The VISCA UDP ports the banner shows: {Sony framing, raw}; waits for the line (printed after HTTP). */
    int[] viscaPorts() {
        Pattern line = Pattern.compile("VISCA\\s+udp://[^:]+:(\\d+) \\(Sony framing\\), raw (\\d+)");
        int[] ports = new int[2];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            Matcher m = line.matcher(String.join("\n", stdoutLines()));
            if (!m.find()) {
                return false;
            }
            ports[0] = Integer.parseInt(m.group(1));
            ports[1] = Integer.parseInt(m.group(2));
            return true;
        });
        return ports;
    }

    List<String> stdoutLines() {
        return List.copyOf(stdout);
    }

    Process process() {
        return process;
    }

    /** Sends SIGTERM and returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ptzcam did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    String stderr() {
        return stderr.join();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
