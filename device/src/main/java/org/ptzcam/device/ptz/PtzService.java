package org.ptzcam.device.ptz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ptzcam.device.settings.InvalidSettingException;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.settings.SettingsListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's pan-tilt-zoom head: the single place where every control path (VAPIX, VISCA, later
 * ONVIF and the web UI) ends, so limits, speeds and the control queue are enforced once.
 *
 * <p>No thread: each command plans the motion of every axis it touches ({@link AxisMotion}), and
 * {@link #position()} evaluates the plans at the current monotonic time, so the video advances
 * frame by frame and an idle camera costs nothing. One timer task per move completes its future and
 * tells listeners when the head comes to rest.
 *
 * <p>Reads ({@link #position()}, {@link #limits()}, presets) are for anyone; commands go through
 * {@link #control(Controller)}, which asks the control queue first. Preset configuration is here.
 */
public final class PtzService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PtzService.class);

    static final int PAN = 1, TILT = 2, ZOOM = 4, FOCUS = 8, ALL = 15;

    private record Pending(CompletableFuture<MoveEnd> future, int axes, long[] ids, long endNanos, int preset) {
    }

    private final PresetStore presets;
    private final Settings settings;
    private final PtzClock clock;
    private final Mechanics mechanics;
    private final ControlQueue queue;
    private final List<PtzListener> listeners = new CopyOnWriteArrayList<>();
    private final SettingsListener onSettings;
    private final Object lock = new Object();
    private final long[] planIds = new long[4];
    private final List<Pending> pending = new ArrayList<>();
    private volatile Head head;
    private volatile double defaultSpeed = 1;
    private boolean reportedMoving;

    /** Starts at the home preset (the head homes at power-on), inside the configured limits. */
    public PtzService(PresetStore presets, Settings settings, PtzClock clock, Mechanics mechanics) {
        this.presets = presets;
        this.settings = settings;
        this.clock = clock;
        this.mechanics = mechanics;
        this.queue = new ControlQueue(clock::nanoTime, settings::ptz);
        long now = clock.nanoTime();
        Head start = Head.at(0, 0, ZoomLaw.MIN_STEP, now);
        Optional<Preset> home = presets.byNumber(settings.ptz().homePreset());
        if (home.isPresent()) {
            start = Head.at(home.get().panDeg(), home.get().tiltDeg(), home.get().zoomStep(), now);
        }
        PtzLimits limits = limitsOf(settings.ptz());
        this.head = start.withLimits(limits);
        this.head = clampedAtRest(head, now);
        this.onSettings = paths -> {
            if (PtzSettings.affectedBy(paths)) {
                applyLimits(limitsOf(settings.ptz()));
            }
        };
        settings.addListener(onSettings);
    }

    // ---- reads --------------------------------------------------------------------------------

    /** Where the head is now; the video calls this once per frame. Lock-free. */
    public PtzPosition position() {
        return head.position(clock.nanoTime());
    }

    /** Where the head is (or was, or will be if nothing else is commanded) at a {@link PtzClock} time. */
    public PtzPosition positionAt(long nanoTime) {
        return head.position(nanoTime);
    }

    public boolean moving() {
        return head.movingAt(clock.nanoTime());
    }

    public PtzLimits limits() {
        return head.limits();
    }

    public Mechanics mechanics() {
        return mechanics;
    }

    /** The speed of absolute moves when a command gives none (VAPIX {@code speed=}), 0.01…1. */
    public double defaultSpeed() {
        return defaultSpeed;
    }

    public void setDefaultSpeed(double fraction) {
        defaultSpeed = Math.max(MoveSpeed.MIN, Math.min(1, Double.isNaN(fraction) ? 1 : fraction));
    }

    public List<Preset> presets() {
        return presets.all();
    }

    public Optional<Preset> preset(int number) {
        return presets.byNumber(number);
    }

    public Optional<Preset> preset(String name) {
        return presets.byName(name);
    }

    public int homePresetNumber() {
        return settings.ptz().homePreset();
    }

    public void addListener(PtzListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PtzListener listener) {
        listeners.remove(listener);
    }

    /** The commands, on behalf of {@code who}; each one asks the control queue first. */
    public PtzControl control(Controller who) {
        return new PtzControl(this, queue, who);
    }

    // ---- presets (configuration: not subject to the control queue) -----------------------------

    /** Saves the current position under {@code name}: the same number if it exists, else the lowest free one. */
    public Preset setPreset(String name, boolean home) {
        String problem = Preset.nameProblem(name);
        if (problem != null) {
            throw new InvalidPresetException(problem);
        }
        int number = presets.byName(name).map(Preset::number).or(presets::freeNumber)
                .orElseThrow(() -> new InvalidPresetException("all " + PtzSettings.MAX_PRESETS + " presets are used"));
        return save(number, name, home);
    }

    /** Saves the current position as preset {@code number}, keeping its name (new ones are "Preset n"). */
    public Preset setPreset(int number, boolean home) {
        PresetStore.checkNumber(number);
        String name = presets.byNumber(number).map(Preset::name).orElseGet(() -> freeName("Preset " + number));
        return save(number, name, home);
    }

    public Preset renamePreset(int number, String newName) {
        Preset old = presets.byNumber(number).orElseThrow(() -> noPreset(Integer.toString(number)));
        Preset renamed = new Preset(number, newName, old.panDeg(), old.tiltDeg(), old.zoomStep(), old.focusStep());
        presets.put(renamed);
        return renamed;
    }

    /** Removes a preset; removing the home preset recreates a default home (pan 0, tilt 0, wide). */
    public boolean removePreset(int number) {
        boolean removed = presets.remove(number);
        if (removed && number == homePresetNumber()) {
            presets.put(new Preset(number, freeName("Home"), 0, 0, ZoomLaw.MIN_STEP, OptionalDouble.empty()));
        }
        return removed;
    }

    public boolean removePreset(String name) {
        return presets.byName(name).map(p -> removePreset(p.number())).orElse(false);
    }

    private Preset save(int number, String name, boolean home) {
        PtzPosition now = position();
        Preset preset = new Preset(number, name, now.panDeg(), now.tiltDeg(), now.zoomStep(),
                now.autofocus() ? OptionalDouble.empty() : OptionalDouble.of(now.focusStep()));
        presets.put(preset);
        if (home) {
            try {
                settings.update(Map.of(PtzSettings.HOME_PRESET, Integer.toString(number)));
            } catch (InvalidSettingException e) {
                throw new InvalidPresetException(e.getMessage());
            }
        }
        LOG.info("preset {} '{}' set at pan {} tilt {} zoom {}", number, name, preset.panDeg(), preset.tiltDeg(),
                preset.zoomStep());
        return preset;
    }

    private String freeName(String base) {
        String name = base;
        for (int i = 2; presets.byName(name).isPresent(); i++) {
            name = base + " " + i;
        }
        return name;
    }

    static InvalidPresetException noPreset(String which) {
        return new InvalidPresetException("no preset " + which);
    }

    // ---- planning (used by PtzControl) ----------------------------------------------------------

    /**
     * Replaces the plans of {@code axes} with what {@code plan} makes of the current head, under the
     * lock, and returns a future that completes when those axes rest (or another command takes one).
     */
    CompletableFuture<MoveEnd> apply(int axes, int preset, Planner plan) {
        List<Runnable> after = new ArrayList<>();
        CompletableFuture<MoveEnd> future = new CompletableFuture<>();
        synchronized (lock) {
            long now = clock.nanoTime();
            Head next = plan.plan(head, now);
            install(next, axes, now, after, future, preset);
        }
        after.forEach(Runnable::run);
        return future;
    }

    /** Computes a new head from the current one at a time. */
    @FunctionalInterface
    interface Planner {
        Head plan(Head current, long now);
    }

    private void install(Head next, int axes, long now, List<Runnable> after, CompletableFuture<MoveEnd> future,
            int preset) {
        for (int a = 0; a < 4; a++) {
            if ((axes & (1 << a)) != 0) {
                planIds[a]++;
            }
        }
        for (var it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if ((p.axes() & axes) != 0) {
                it.remove();
                after.add(() -> p.future().complete(MoveEnd.INTERRUPTED));
            }
        }
        head = next;
        long end = now;
        if ((axes & PAN) != 0) end = Math.max(end, next.pan().endNanos());
        if ((axes & TILT) != 0) end = Math.max(end, next.tilt().endNanos());
        if ((axes & ZOOM) != 0) end = Math.max(end, next.zoom().endNanos());
        if ((axes & FOCUS) != 0 && !next.autofocus()) end = Math.max(end, next.focus().endNanos());
        if (end == Long.MAX_VALUE) {
            future.complete(MoveEnd.INTERRUPTED); // a continuous move: never "reached"
        } else if (end <= now) {
            // already resting there (a stop at rest, a move to where the head is): no timer round trip
            after.add(() -> reached(future, preset));
        } else {
            pending.add(new Pending(future, axes, planIds.clone(), end, preset));
            clock.runAt(end, this::settle);
        }
        boolean moving = next.movingAt(now);
        if (moving != reportedMoving) {
            reportedMoving = moving;
            PtzPosition at = next.position(now);
            after.add(() -> tellMoving(moving, at));
        }
        long restAt = next.endNanos();
        if (restAt != Long.MAX_VALUE && restAt > now) {
            clock.runAt(restAt, this::settle);
        }
    }

    /** Completes the moves that have ended and reports the head at rest. */
    private void settle() {
        List<Runnable> after = new ArrayList<>();
        synchronized (lock) {
            long now = clock.nanoTime();
            for (var it = pending.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (now >= p.endNanos()) {
                    it.remove();
                    after.add(() -> reached(p.future(), p.preset()));
                } else {
                    clock.runAt(p.endNanos(), this::settle);
                }
            }
            if (reportedMoving && !head.movingAt(now)) {
                reportedMoving = false;
                PtzPosition at = head.position(now);
                after.add(() -> tellMoving(false, at));
            } else if (reportedMoving && head.endNanos() != Long.MAX_VALUE) {
                clock.runAt(head.endNanos(), this::settle);
            }
        }
        after.forEach(Runnable::run);
    }

    private void reached(CompletableFuture<MoveEnd> future, int preset) {
        future.complete(MoveEnd.REACHED);
        if (preset > 0) {
            listeners.forEach(l -> safely(() -> l.presetReached(preset)));
        }
    }

    private void tellMoving(boolean moving, PtzPosition at) {
        listeners.forEach(l -> safely(() -> l.movingChanged(moving, at)));
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("PTZ listener failed", e);
        }
    }

    // ---- limits -------------------------------------------------------------------------------

    static PtzLimits limitsOf(PtzSettings s) {
        return new PtzLimits(s.minPan(), s.maxPan(), s.minTilt(), s.maxTilt(), s.maxZoom());
    }

    /** New limits: an axis beyond them (or heading beyond them) is driven back to the limit. */
    private void applyLimits(PtzLimits limits) {
        LOG.info("PTZ limits now pan {}…{} tilt {}…{} zoom ≤ {}", limits.minPan(), limits.maxPan(), limits.minTilt(),
                limits.maxTilt(), limits.maxZoomStep());
        apply(ALL, 0, (current, now) -> clampedAtRest(current.withLimits(limits), now));
    }

    /** Brings every axis to rest within the head's limits (braking first if it moves). */
    private Head clampedAtRest(Head h, long now) {
        PtzLimits l = h.limits();
        Head next = h;
        double pan = PtzPosition.wrapPan(h.pan().position(now));
        if (!l.panAllowed(pan) || h.pan().movingAt(now)) {
            next = next.withPan(Planning.panTo(next, now, l.endlessPan() ? pan : l.onPanArc(pan), 1, mechanics));
        }
        double tilt = h.tilt().position(now);
        if (tilt != l.clampTilt(tilt) || h.tilt().movingAt(now)) {
            next = next.withTilt(AxisMotion.toPosition(h.tilt(), now, l.clampTilt(tilt), mechanics.tiltMaxDegPerS(),
                    mechanics.tiltAccel()));
        }
        double zoom = h.zoom().position(now);
        if (zoom != l.clampZoom(zoom) || h.zoom().movingAt(now)) {
            next = next.withZoom(AxisMotion.toPosition(h.zoom(), now, l.clampZoom(zoom), mechanics.zoomMaxStepsPerS(),
                    mechanics.zoomAccel()));
        }
        return next;
    }

    Mechanics mech() {
        return mechanics;
    }

    boolean proportionalSpeed() {
        return settings.ptz().proportionalSpeed();
    }

    PresetStore presetStore() {
        return presets;
    }

    /** Ends the pending moves (interrupted) and stops hearing settings. */
    @Override
    public void close() {
        settings.removeListener(onSettings);
        List<Pending> left;
        synchronized (lock) {
            left = new ArrayList<>(pending);
            pending.clear();
        }
        left.forEach(p -> p.future().complete(MoveEnd.INTERRUPTED));
    }

    /** For the parameter tree. */
    Map<Integer, Preset> presetSnapshot() {
        return presets.snapshot();
    }
}
