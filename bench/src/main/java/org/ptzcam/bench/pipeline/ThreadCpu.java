package org.ptzcam.bench.pipeline;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU of this JVM's threads between two snapshots, summed by a grouping of their kernel names.
 * Native threads (x264's slice threads) inherit the name of the Java thread that started them,
 * so an encoder's helpers count with it.
 */
public final class ThreadCpu {

    private final long pid;
    private final Map<Long, ProcStat.Times> start;

    private ThreadCpu(long pid, Map<Long, ProcStat.Times> start) {
        this.pid = pid;
        this.start = start;
    }

    /** A snapshot of this JVM's threads. */
    public static ThreadCpu start() throws IOException {
        return start(ProcessHandle.current().pid());
    }

    /** A snapshot of another process's threads. */
    public static ThreadCpu start(long pid) throws IOException {
        return new ThreadCpu(pid, ProcStat.threads(pid));
    }

    /** Nanoseconds per group since the snapshot; threads that ended meanwhile are not counted. */
    public Map<String, Long> since(Function<String, String> group) throws IOException {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var e : ProcStat.threads(pid).entrySet()) {
            ProcStat.Times before = start.get(e.getKey());
            long delta = e.getValue().ownNanos() - (before == null ? 0 : before.ownNanos());
            out.merge(group.apply(e.getValue().comm()), delta, Long::sum);
        }
        return out;
    }
}
