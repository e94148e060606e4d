package org.ptzcam.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU times the Linux kernel keeps in {@code /proc/<pid>/stat} and {@code /proc/self/task/<tid>/stat}
 * (proc(5): fields 14–17 utime, stime, cutime, cstime, in clock ticks of {@code USER_HZ}).
 *
 * <p>{@code cutime + cstime} of this process grow by the whole CPU time of a child (all its threads)
 * when the JVM reaps it, which is how the benchmarks time an {@code ffmpeg} child exactly, without
 * {@code /usr/bin/time} or sampling before it exits.
 */
public final class ProcStat {

    /** USER_HZ: 100 on every Linux x86-64 ABI; the kernel's own HZ does not show through. */
    public static final long TICKS_PER_SECOND = 100;

    private ProcStat() {
    }

    /** CPU times of one process (or thread), in nanoseconds. */
    public record Times(String comm, long userNanos, long systemNanos, long childrenNanos) {

        /** User + system time of the process itself. */
        public long ownNanos() {
            return userNanos + systemNanos;
        }
    }

    /** Times of a process by pid. */
    public static Times of(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** Times of this JVM. */
    public static Times self() throws IOException {
        return parse(Files.readString(Path.of("/proc/self/stat")));
    }

    /** Every live thread of this JVM by tid; the kernel thread name ({@code comm}, ≤ 15 chars) included. */
    public static Map<Long, Times> threads() throws IOException {
        return threads("self");
    }

    /** Every live thread of a process by tid. */
    public static Map<Long, Times> threads(long pid) throws IOException {
        return threads(Long.toString(pid));
    }

    private static Map<Long, Times> threads(String pid) throws IOException {
        Map<Long, Times> out = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    out.put(Long.parseLong(task.getFileName().toString()), parse(Files.readString(task.resolve("stat"))));
                } catch (IOException gone) {
                    // the thread ended between listing and reading
                }
            }
        }
        return out;
    }

    static Times parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');   // comm may itself contain ')' or spaces
        String comm = stat.substring(open + 1, close);
        String[] f = stat.substring(close + 2).split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]
        long utime = Long.parseLong(f[11]);
        long stime = Long.parseLong(f[12]);
        long cutime = Long.parseLong(f[13]);
        long cstime = Long.parseLong(f[14]);
        return new Times(comm, ticks(utime), ticks(stime), ticks(cutime + cstime));
    }

    private static long ticks(long t) {
        return t * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
