package org.ptzcam.device.ptz;

/**
 * Monotonic time and delayed tasks for the PTZ model. Motion is computed from this clock on demand;
 * the only scheduled work is one task when a move ends (to complete its future and tell listeners).
 */
public interface PtzClock {
    long nanoTime();

    /** Runs {@code task} once, at or soon after {@code atNanos}. */
    void runAt(long atNanos, Runnable task);

    /**
     * {@link System#nanoTime()} and one timer thread for the whole process ({@code ptz-timer}), so a
     * process hosting hundreds of cameras still has one. Not {@code CompletableFuture.delayedExecutor}:
     * with fewer than three CPUs its default executor starts a new thread for every task, i.e. for
     * every move that ends (a VISCA completion waited for that thread to be created and scheduled).
     */
    static PtzClock system() {
        return SystemPtzClock.INSTANCE;
    }
}
