package org.ptzcam.device.ptz;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Monotonic time and delayed tasks for the PTZ model. Motion is computed from this clock on demand;
 * the only scheduled work is one task when a move ends (to complete its future and tell listeners).
 */
public interface PtzClock {
    long nanoTime();

    /** Runs {@code task} once, at or soon after {@code atNanos}. */
    void runAt(long atNanos, Runnable task);

    /**
     * {@link System#nanoTime()} and the JDK's shared delay scheduler: no thread per camera, so a
     * process hosting hundreds of cameras still has one timer thread.
     */
    static PtzClock system() {
        return new PtzClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void runAt(long atNanos, Runnable task) {
                long delay = Math.max(0, atNanos - System.nanoTime());
                CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS).execute(task);
            }
        };
    }
}
