package org.ptzcam.bench.rtsp;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ptzcam.bench.pipeline.ProcStat;

/**
 * CPU of a process by thread name between two snapshots, digits stripped so that pools add up
 * ({@code multiThreadIoEv}, {@code x264}, …): shows whether connections or the pipeline cost the
 * time, and whether the load generator itself is the limit.
 */
final class ThreadGroups {

    private final Map<Long, ProcStat.Times> before;
    private final long pid;

    private ThreadGroups(long pid, Map<Long, ProcStat.Times> before) {
        this.pid = pid;
        this.before = before;
    }

    /** pid, or -1 for this JVM. */
    static ThreadGroups start(long pid) throws IOException {
        return new ThreadGroups(pid, pid < 0 ? ProcStat.threads() : ProcStat.threads(pid));
    }

    /** CPU-s/s per thread group over {@code seconds}. */
    Map<String, Double> since(double seconds) throws IOException {
        Map<Long, ProcStat.Times> now = pid < 0 ? ProcStat.threads() : ProcStat.threads(pid);
        Map<String, Double> out = new HashMap<>();
        now.forEach((tid, t) -> {
            ProcStat.Times b = before.get(tid);
            long nanos = t.ownNanos() - (b == null ? 0 : b.ownNanos());
            out.merge(t.comm().replaceAll("[0-9]+", "#"), nanos / 1e9 / seconds, Double::sum);
        });
        return out;
    }

    static String top(Map<String, Double> groups, int n) {
        return groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }
}
