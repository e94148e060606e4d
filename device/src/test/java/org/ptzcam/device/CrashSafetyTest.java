package org.ptzcam.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.settings.NetworkSettings;
import org.ptzcam.device.testsupport.ChildJvm;
import org.ptzcam.device.testsupport.TestCameras;

/**
 * A writer process killed with SIGKILL at a random moment, usually inside a transaction (with
 * synchronous=FULL most of its time is spent committing), must leave the last committed values:
 * all settings of one transaction together, and never older than what it reported as committed.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 10;

    @TempDir
    Path work;

    @Test
    void killedWriterLeavesTheLastCommittedTransaction() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path data = work.resolve("data");
        long totalCommits = 0;
        int interrupted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path out = work.resolve("out-" + round + ".txt");
            Process writer = ChildJvm.builder("writer", data.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(work.resolve("err-" + round + ".txt").toFile())
                    .start();
            long start = awaitReady(writer, out);
            // 0 ms sometimes kills before the first commit; otherwise somewhere in the stream
            long delay = round == 0 ? 0 : 20 + random.nextInt(300);
            Thread.sleep(delay);
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

            if (Files.exists(data.resolve("ptzcam.db-journal"))) {
                interrupted++; // a hot journal: the kill landed inside a transaction
            }
            long reported = lastReported(out, start);
            totalCommits += reported - start;
            try (DeviceModel camera = TestCameras.open(data)) {
                NetworkSettings network = camera.settings().network();
                String context = "seed " + seed + ", round " + round + ", killed after " + delay + " ms";
                if (!network.hostName().matches("h\\d+")) { // killed before the very first commit
                    assertThat(reported).as(context).isZero();
                    assertThat(network.friendlyName()).as(context).startsWith("ptzcam P7130 - ");
                    continue;
                }
                long stored = Long.parseLong(network.hostName().substring(1));
                assertThat(network.friendlyName()).as(context).isEqualTo("f" + stored);
                assertThat(network.redirectHttpToHttps()).as(context).isEqualTo(stored % 2 == 0);
                assertThat(stored).as(context).isBetween(reported, reported + 1);
            }
        }
        assertThat(totalCommits).as("the writers committed something to kill").isPositive();
        // typically 7-9 of 10; none at all would mean the test no longer tests what it says
        assertThat(interrupted).as("kills that landed inside a transaction").isPositive();
    }

    /** Waits for {@code READY <n>} and returns n. */
    private static long awaitReady(Process writer, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            List<String> lines = completeLines(out);
            if (!lines.isEmpty() && lines.getFirst().startsWith("READY ")) {
                return Long.parseLong(lines.getFirst().substring(6));
            }
            assertThat(writer.isAlive()).as("writer died before READY: " + lines).isTrue();
            Thread.sleep(5);
        }
        writer.destroyForcibly();
        throw new AssertionError("writer not ready within 20 s");
    }

    /** The last counter the writer printed, i.e. the last commit it saw complete. */
    private static long lastReported(Path out, long start) throws Exception {
        List<String> lines = completeLines(out);
        return lines.size() <= 1 ? start : Long.parseLong(lines.getLast());
    }

    /** Lines ended by a newline; a line cut by the kill does not count. */
    private static List<String> completeLines(Path out) throws Exception {
        String text = Files.exists(out) ? Files.readString(out) : "";
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
