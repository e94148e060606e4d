package org.ptzcam.device.ptz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.ptzcam.device.settings.PtzSettings;

/**
 * The PTZ control queue, as on the hardware: when enabled, one controller at a time moves the
 * camera. A controller keeps control while it sends commands and loses it {@code CtlTimeout}
 * seconds after its last one. A controller of a higher level (admin > operator > viewer) takes
 * control at once; others are refused and wait in the queue (at most {@code CtlQueueLimit}, each
 * keeping its place for {@code CtlQueuePollTime} seconds after its last try). When control frees,
 * the best waiting controller (highest level, then first come) gets it on its next command.
 * Disabled (the default), every command is accepted.
 */
final class ControlQueue {
    private static final long NANOS = 1_000_000_000L;

    private record Waiting(Controller who, long since, long lastTry) {
    }

    private final LongSupplier nanoTime;
    private final Supplier<PtzSettings> settings;
    private Controller holder;
    private long holderLastCommand;
    private final List<Waiting> waiting = new ArrayList<>();

    ControlQueue(LongSupplier nanoTime, Supplier<PtzSettings> settings) {
        this.nanoTime = nanoTime;
        this.settings = settings;
    }

    /** Gives control to {@code who} for one command, or throws when someone else has it. */
    synchronized void acquire(Controller who) {
        PtzSettings s = settings.get();
        if (!s.controlQueue()) {
            holder = null;
            waiting.clear();
            return;
        }
        long now = nanoTime.getAsLong();
        waiting.removeIf(w -> now - w.lastTry() > s.queuePollSeconds() * NANOS);
        boolean held = holder != null && now - holderLastCommand <= s.controlTimeoutSeconds() * NANOS;
        if (held && holder.id().equals(who.id())) {
            holder = who;
            holderLastCommand = now;
            return;
        }
        if (held && who.level().compareTo(holder.level()) <= 0) {
            wait(who, now, s, "PTZ control is held by another " + holder.level().name().toLowerCase() + " user");
        }
        if (!held) {
            Waiting best = waiting.stream().filter(w -> !w.who().id().equals(who.id()))
                    .min(Comparator.comparing((Waiting w) -> w.who().level()).reversed()
                            .thenComparingLong(Waiting::since))
                    .orElse(null);
            int rank = best == null ? -1 : best.who().level().compareTo(who.level());
            if (rank > 0 || rank == 0 && queuedBefore(best, who)) {
                wait(who, now, s, "PTZ control is reserved for a controller that waited longer");
            }
        }
        waiting.removeIf(w -> w.who().id().equals(who.id()));
        holder = who;
        holderLastCommand = now;
    }

    /** Gives up control at once, e.g. when a VISCA client disconnects. */
    synchronized void release(Controller who) {
        if (holder != null && holder.id().equals(who.id())) {
            holder = null;
        }
        waiting.removeIf(w -> w.who().id().equals(who.id()));
    }

    private boolean queuedBefore(Waiting best, Controller who) {
        return waiting.stream().filter(w -> w.who().id().equals(who.id()))
                .allMatch(w -> best.since() <= w.since());
    }

    private void wait(Controller who, long now, PtzSettings s, String reason) {
        for (int i = 0; i < waiting.size(); i++) {
            Waiting w = waiting.get(i);
            if (w.who().id().equals(who.id())) {
                waiting.set(i, new Waiting(who, w.since(), now));
                throw new PtzBusyException(reason);
            }
        }
        if (waiting.size() >= s.queueLimit()) {
            throw new PtzBusyException("PTZ control queue is full");
        }
        waiting.add(new Waiting(who, now, now));
        throw new PtzBusyException(reason);
    }
}
