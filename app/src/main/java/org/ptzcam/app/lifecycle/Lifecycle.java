package org.ptzcam.app.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts components in dependency order and stops them in reverse. A failed start stops what had
 * already started, so nothing is left half-running; {@link #restart()} re-creates every component
 * without leaving the process ("Save and restart").
 */
public final class Lifecycle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    /** One component: how to create and start it. Its result is closed on stop. */
    public interface Stage {
        String name();

        AutoCloseable start() throws Exception;

        static Stage of(String name, StartAction action) {
            return new Stage() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public AutoCloseable start() throws Exception {
                    return action.start();
                }
            };
        }
    }

    /** The body of a stage. */
    @FunctionalInterface
    public interface StartAction {
        AutoCloseable start() throws Exception;
    }

    private record Running(String name, AutoCloseable component) {
    }

    private final List<Stage> stages;
    private final Deque<Running> running = new ArrayDeque<>();

    public Lifecycle(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public synchronized void start() throws Exception {
        if (!running.isEmpty()) {
            throw new IllegalStateException("already started");
        }
        for (Stage stage : stages) {
            try {
                log.debug("starting {}", stage.name());
                running.push(new Running(stage.name(), stage.start()));
            } catch (Exception e) {
                log.debug("{} failed to start; stopping what had started", stage.name());
                stop();
                throw e;
            }
        }
    }

    /** Stops every running component in reverse order; a failing close is logged, the rest still stop. */
    public synchronized void stop() {
        while (!running.isEmpty()) {
            Running r = running.pop();
            try {
                log.debug("stopping {}", r.name());
                r.component().close();
            } catch (Exception e) {
                log.warn("{} did not stop cleanly: {}", r.name(), e.toString());
            }
        }
    }

    public synchronized void restart() throws Exception {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    @Override
    public void close() {
        stop();
    }
}
