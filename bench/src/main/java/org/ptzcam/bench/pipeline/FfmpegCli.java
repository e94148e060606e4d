package org.ptzcam.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer the issue names: Debian's {@code /usr/bin/ffmpeg}, run as a child process and timed by
 * the CPU the kernel charges to it (all its threads, start-up included) — see {@link ProcStat}.
 * Only one child may run at a time, since children's times are read as one sum.
 */
public final class FfmpegCli {

    public static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");

    private FfmpegCli() {
    }

    /** One finished run. */
    public record Run(List<String> command, double cpuSeconds, double wallSeconds, String output) {
    }

    /** Fails with the package to install when the CLI is missing. */
    public static void require() {
        if (!Files.isExecutable(FFMPEG)) {
            throw new IllegalStateException(FFMPEG + " not found: install the Debian package 'ffmpeg' "
                    + "(apt-get install ffmpeg); the benchmarks compare against it");
        }
    }

    /** {@code ffmpeg -version}'s first line. */
    public static String version() throws IOException, InterruptedException {
        return run(List.of("-version")).output().lines().findFirst().orElse("?");
    }

    /** Runs {@code ffmpeg -nostdin -v error <args>}, fails on a non-zero exit, returns its CPU time. */
    public static Run run(List<String> args) throws IOException, InterruptedException {
        require();
        List<String> command = new ArrayList<>(List.of(FFMPEG.toString(), "-nostdin", "-hide_banner"));
        if (!args.equals(List.of("-version"))) {
            command.addAll(List.of("-v", "error"));
        }
        command.addAll(args);
        long children0 = ProcStat.self().childrenNanos();
        long wall0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (ProcStat.self().childrenNanos() - children0) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + rc + ": " + out);
        }
        return new Run(command, cpu, wall, out);
    }
}
