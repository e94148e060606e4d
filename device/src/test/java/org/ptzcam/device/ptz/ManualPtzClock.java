package org.ptzcam.device.ptz;

import java.util.ArrayList;
import java.util.List;

/** A PTZ clock that moves only when the test says so; due tasks run on the test's thread. */
final class ManualPtzClock implements PtzClock {
    private record Task(long at, Runnable run) {
    }

    private long now = 1_000_000_000L;
    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void runAt(long atNanos, Runnable task) {
        tasks.add(new Task(atNanos, task));
    }

    /** Moves time forward, running every task that falls due on the way, in time order. */
    void advance(double seconds) {
        long target = now + Math.round(seconds * 1e9);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.at() <= target).min((a, b) -> Long.compare(a.at(), b.at()))
                        .orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.at());
            }
            next.run().run();
        }
    }
}
