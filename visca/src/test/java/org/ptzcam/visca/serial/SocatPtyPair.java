package org.ptzcam.visca.serial;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ptzcam.visca.Tools;

/** Two linked pseudo-terminals made by {@code socat} (Debian package {@code socat}), like a null-modem cable. */
public final class SocatPtyPair implements AutoCloseable {
    private final Process socat;
    public final String a;
    public final String b;

    public SocatPtyPair(Path dir, String name) throws IOException {
        Tools.requireTool("socat");
        Path linkA = dir.resolve(name + "-a");
        Path linkB = dir.resolve(name + "-b");
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + linkA, "pty,raw,echo=0,link=" + linkB)
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(linkA) && Files.exists(linkB) || !socat.isAlive());
        if (!socat.isAlive()) {
            throw new AssertionError("socat ended: " + Files.readString(dir.resolve(name + ".log")));
        }
        // jSerialComm wants the device itself, not our symlink
        a = linkA.toRealPath().toString();
        b = linkB.toRealPath().toString();
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            socat.waitFor();
        } catch (InterruptedException e) {
            socat.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
