package org.ptzcam.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ptzcam.bench.pipeline.ProcStat;

/**
 * The real camera ({@code ptzcam-all.jar run}) as a child process on loopback: any free ports, a
 * temporary data directory, a private copy of the jar (so a concurrent rebuild cannot pull classes
 * from under it). Reads the HTTP port from the banner; {@link #close()} stops it with SIGTERM, then
 * SIGKILL after 15 s, and deletes the directory.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HTTP_LINE = Pattern.compile("HTTP +http://127\\.0\\.0\\.1:(\\d+)/");

    private final Path dir;
    private final Process process;
    private final int httpPort;
    private final ArrayDeque<String> lastLines = new ArrayDeque<>();

    ServerProcess(Path jar, List<String> extraArgs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " not found: build the app first "
                    + "(mvn -B -q -o install -DskipTests) or pass --jar");
        }
        dir = Files.createTempDirectory("ptzcam-bench-server");
        Path copy = Files.copy(jar, dir.resolve("ptzcam-all.jar"), StandardCopyOption.REPLACE_EXISTING);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar",
                copy.toString(), "run", "--data-dir", dir.resolve("data").toString(), "--bind", "127.0.0.1",
                "--http-port", "0", "--https-port", "0", "--rtsp-port", "0", "--log-level", "warn"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("server-output").start(() -> readOutput(port));
        try {
            httpPort = port.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            close();
            throw new IllegalStateException("the camera did not print its HTTP port: " + lastOutput(), e);
        }
    }

    private void readOutput(CompletableFuture<Integer> port) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                        lastLines.removeFirst();
                    }
                }
                Matcher m = HTTP_LINE.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process went away
        }
        port.completeExceptionally(new IllegalStateException("output ended"));
    }

    int httpPort() {
        return httpPort;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** User + system CPU nanoseconds of the camera process so far (all its threads). */
    long cpuNanos() throws IOException {
        return ProcStat.of(process.pid()).ownNanos();
    }

    String lastOutput() {
        synchronized (lastLines) {
            return String.join("\n", lastLines);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
