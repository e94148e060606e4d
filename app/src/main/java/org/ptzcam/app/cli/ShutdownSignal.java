package org.ptzcam.app.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for SIGTERM or SIGINT (Ctrl-C). Handling the signals ourselves — instead of a JVM shutdown
 * hook — lets the camera close in order and exit with status 0, as service managers expect of a
 * requested stop.
 */
final class ShutdownSignal {

    private final CountDownLatch latch = new CountDownLatch(1);
    private volatile String received = "";

    ShutdownSignal() {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                received = "SIG" + signal.getName();
                latch.countDown();
            });
        }
    }

    /** Blocks until a stop signal arrives; returns its name. */
    String await() throws InterruptedException {
        latch.await();
        return received;
    }
}
