package org.ptzcam.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** ffprobe and ffmpeg from Debian's ffmpeg package, run as real clients. */
final class FfTools {

    private FfTools() {
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run ffprobe(String... args) throws IOException, InterruptedException {
        return run("ffprobe", args);
    }

    static Run ffmpeg(String... args) throws IOException, InterruptedException {
        return run("ffmpeg", args);
    }

    private static Run run(String tool, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ExternalTool.require(tool, "ffmpeg"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.complete(e.toString());
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(tool + " did not finish");
        }
        return new Run(p.exitValue(), out, err.join());
    }

    /** "codec,width,height" of the first video stream of a file or URL. */
    static String videoStream(String input) throws IOException, InterruptedException {
        Run r = ffprobe("-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height",
                "-of", "csv=p=0", input);
        if (r.exitCode() != 0) {
            throw new IOException("ffprobe failed on " + input + ": " + r.stderr());
        }
        return r.stdout().strip();
    }
}
