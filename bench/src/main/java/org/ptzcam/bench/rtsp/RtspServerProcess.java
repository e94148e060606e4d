package org.ptzcam.bench.rtsp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ptzcam.bench.pipeline.ProcStat;

/**
 * An RTSP server under test as a child process that prints {@code RTSP port N}: ours
 * ({@link RtspCamera}) or gst-rtsp-server (the python script). Its CPU comes from
 * {@code /proc/<pid>/stat} (all its threads). {@link #close()} ends it: stdin closed, SIGTERM,
 * SIGKILL after 10 s.
 */
final class RtspServerProcess implements AutoCloseable {

    static final String GST_PACKAGES = "python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-ugly "
            + "gstreamer1.0-plugins-good";

    final String name;
    final String url;
    private final Process process;
    private final ArrayDeque<String> lastLines = new ArrayDeque<>();

    private RtspServerProcess(String name, List<String> command, String pathAndQuery) throws Exception {
        this.name = name;
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SVT_LOG", "1");
        process = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name(name + "-output").start(() -> read(port));
        int p;
        try {
            p = port.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException(name + " did not print its RTSP port: " + lastOutput(), e);
        }
        url = "rtsp://127.0.0.1:" + p + pathAndQuery;
    }

    /** Our camera: {@link RtspCamera} in a JVM on this class path. */
    static RtspServerProcess ours(int maxViewers) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g"));
        if (System.getenv("PTZCAM_BENCH_NO_UNSAFE") == null) {
            command.add("--sun-misc-unsafe-memory-access=allow"); // as the launcher does (see ptzcam)
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RtspCamera.class.getName(),
                Integer.toString(maxViewers)));
        return new RtspServerProcess("ptzcam", command,
                "/axis-media/media.amp?videocodec=h264&resolution=1920x1080&fps=30");
    }

    /** gst-rtsp-server with the committed script; fails naming the Debian packages if they are missing. */
    static RtspServerProcess gstreamer(Path script) throws Exception {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script.toAbsolutePath() + " not found: run from the worktree root or pass --gst-script");
        }
        Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import gi; gi.require_version('GstRtspServer', '1.0');"
                + "from gi.repository import GstRtspServer, Gst; Gst.init(None); "
                + "assert Gst.ElementFactory.find('x264enc'), 'x264enc'").redirectErrorStream(true).start();
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new IllegalStateException("gst-rtsp-server from python is not usable: apt-get install -y " + GST_PACKAGES
                    + "\n" + new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new RtspServerProcess("gst-rtsp-server", List.of("/usr/bin/python3", script.toString(), "0"), "/test");
    }

    private void read(CompletableFuture<Integer> port) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 30) {
                        lastLines.removeFirst();
                    }
                }
                if (line.startsWith("RTSP port ")) {
                    port.complete(Integer.parseInt(line.substring(10).strip()));
                }
            }
        } catch (IOException e) {
            // gone
        }
        port.completeExceptionally(new IllegalStateException("output ended"));
    }

    String lastOutput() {
        synchronized (lastLines) {
            return String.join("\n", lastLines);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** CPU time of the whole process (all threads) so far. */
    long cpuNanos() throws IOException {
        return ProcStat.of(process.pid()).ownNanos();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
