package org.ptzcam.device.ptz;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** The process-wide system clock and its timer thread. */
final class SystemPtzClock implements PtzClock {
    static final SystemPtzClock INSTANCE = new SystemPtzClock();

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "ptz-timer");
        t.setDaemon(true);
        return t;
    });

    private SystemPtzClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void runAt(long atNanos, Runnable task) {
        long delay = Math.max(0, atNanos - System.nanoTime());
        timer.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) { // the executor would swallow it silently
                LoggerFactory.getLogger(PtzClock.class).error("PTZ timer task failed", e);
            }
        }, delay, TimeUnit.NANOSECONDS);
    }
}
