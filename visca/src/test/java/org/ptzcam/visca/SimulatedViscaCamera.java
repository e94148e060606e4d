package org.ptzcam.visca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small kinematic stand-in for the device's PTZ service, which is being built in parallel:
 * axes move at finite speed over real time (ticks of 5 ms), moves complete when the target is
 * reached, cancelling a move's future stops that axis, limits clamp targets. Tests only — the
 * application wires the real PTZ service through an adapter.
 */
public final class SimulatedViscaCamera implements ViscaCamera, AutoCloseable {
    public static final double MAX_PAN_DEG_PER_S = 120;
    public static final double MAX_TILT_DEG_PER_S = 90;
    /** Zoom runs in ln(factor): 1×→30× in 1 s at full speed. */
    public static final double MAX_ZOOM_LN_PER_S = Math.log(30);
    public static final double MAX_FOCUS_PER_S = 1.0;
    private static final long TICK_NANOS = 5_000_000;

    private final String name;
    private final ScheduledExecutorService ticker;
    private final Axis pan = new Axis(-180, 180, MAX_PAN_DEG_PER_S);
    private final Axis tilt = new Axis(-30, 90, MAX_TILT_DEG_PER_S);
    private final Axis zoom = new Axis(0, Math.log(30), MAX_ZOOM_LN_PER_S);
    private final Axis focus = new Axis(0, 1, MAX_FOCUS_PER_S);
    private final Map<Integer, double[]> presets = new HashMap<>();
    private boolean power = true;
    private boolean autoFocus = true;
    private long last = System.nanoTime();
    /** Every command the camera received, in order, for tests that check who moved. */
    private final List<String> log = new ArrayList<>();
    private final List<String> controllers = new ArrayList<>();

    public SimulatedViscaCamera(String name) {
        this.name = name;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-camera-" + name);
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, TICK_NANOS, TICK_NANOS, TimeUnit.NANOSECONDS);
    }

    public SimulatedViscaCamera() {
        this("cam");
    }

    /** One axis: either a continuous velocity or a target with a speed and the future to complete. */
    private static final class Axis {
        final double defaultMin;
        final double defaultMax;
        final double maxSpeed;
        double min;
        double max;
        double pos;
        double velocity;
        double target = Double.NaN;
        double speed;
        CompletableFuture<Void> done;

        Axis(double min, double max, double maxSpeed) {
            this.defaultMin = min;
            this.defaultMax = max;
            this.min = min;
            this.max = max;
            this.maxSpeed = maxSpeed;
        }

        CompletableFuture<Void> moveTo(double t, double speedFraction, List<CompletableFuture<Void>> superseded) {
            stop(superseded);
            target = Math.max(min, Math.min(max, t));
            speed = Math.max(0.01, Math.min(1, speedFraction)) * maxSpeed;
            done = new CompletableFuture<>();
            return done;
        }

        void drive(double fraction, List<CompletableFuture<Void>> superseded) {
            stop(superseded);
            velocity = Math.max(-1, Math.min(1, fraction)) * maxSpeed;
        }

        void stop(List<CompletableFuture<Void>> superseded) {
            if (done != null) {
                superseded.add(done);
            }
            done = null;
            target = Double.NaN;
            velocity = 0;
        }

        void step(double dt, boolean wraps, List<CompletableFuture<Void>> finished) {
            if (done != null && done.isDone()) { // cancelled: stop where we are
                done = null;
                target = Double.NaN;
            }
            if (!Double.isNaN(target)) {
                double d = target - pos;
                double stepSize = speed * dt;
                if (Math.abs(d) <= stepSize) {
                    pos = target;
                    target = Double.NaN;
                    finished.add(done);
                    done = null;
                } else {
                    pos += Math.signum(d) * stepSize;
                }
            } else if (velocity != 0) {
                pos += velocity * dt;
                if (wraps && min <= -180 && max >= 180) {
                    pos = Math.IEEEremainder(pos, 360);
                } else {
                    pos = Math.max(min, Math.min(max, pos));
                }
            }
        }
    }

    private void tick() {
        List<CompletableFuture<Void>> finished = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            double dt = (now - last) / 1e9;
            last = now;
            pan.step(dt, true, finished);
            tilt.step(dt, false, finished);
            zoom.step(dt, false, finished);
            focus.step(dt, false, finished);
        }
        finished.forEach(f -> f.complete(null)); // outside the lock, as the interface asks
    }

    private static void completeAll(List<CompletableFuture<Void>> futures) {
        futures.forEach(f -> f.complete(null));
    }

    private synchronized void record(String command) {
        log.add(command);
    }

    public synchronized List<String> commands() {
        return List.copyOf(log);
    }

    /** The controller names the engine asked for, one per command, in order (one camera serves them all). */
    public synchronized List<String> controllers() {
        return List.copyOf(controllers);
    }

    @Override
    public synchronized ViscaCamera forController(String controller) {
        controllers.add(controller);
        return this;
    }

    @Override
    public void panTiltContinuous(double panSpeed, double tiltSpeed) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        synchronized (this) {
            record("panTiltContinuous " + panSpeed + " " + tiltSpeed);
            pan.drive(panSpeed, superseded);
            tilt.drive(tiltSpeed, superseded);
        }
        completeAll(superseded);
    }

    @Override
    public CompletableFuture<Void> panTiltAbsolute(double panDegrees, double tiltDegrees, double panSpeed,
                                                   double tiltSpeed) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        CompletableFuture<Void> move;
        synchronized (this) {
            record("panTiltAbsolute " + panDegrees + " " + tiltDegrees);
            move = CompletableFuture.allOf(pan.moveTo(panDegrees, panSpeed, superseded),
                    tilt.moveTo(tiltDegrees, tiltSpeed, superseded));
        }
        completeAll(superseded);
        return stopsOnCancel(move, pan, tilt);
    }

    @Override
    public CompletableFuture<Void> panTiltRelative(double panDelta, double tiltDelta, double panSpeed, double tiltSpeed) {
        double p;
        double t;
        synchronized (this) {
            p = pan.pos + panDelta;
            t = tilt.pos + tiltDelta;
        }
        return panTiltAbsolute(p, t, panSpeed, tiltSpeed);
    }

    @Override
    public CompletableFuture<Void> home() {
        return panTiltAbsolute(0, 0, 1, 1);
    }

    @Override
    public CompletableFuture<Void> recalibrate() {
        record("recalibrate");
        CompletableFuture<Void> f = new CompletableFuture<>();
        ticker.schedule(() -> f.complete(null), 200, TimeUnit.MILLISECONDS);
        return f;
    }

    @Override
    public synchronized void setPanTiltLimit(Corner corner, double panDegrees, double tiltDegrees) {
        record("setPanTiltLimit " + corner + " " + panDegrees + " " + tiltDegrees);
        if (corner == Corner.DOWN_LEFT) {
            pan.min = panDegrees;
            tilt.min = tiltDegrees;
        } else {
            pan.max = panDegrees;
            tilt.max = tiltDegrees;
        }
    }

    @Override
    public synchronized void clearPanTiltLimit(Corner corner) {
        record("clearPanTiltLimit " + corner);
        if (corner == Corner.DOWN_LEFT) {
            pan.min = pan.defaultMin;
            tilt.min = tilt.defaultMin;
        } else {
            pan.max = pan.defaultMax;
            tilt.max = tilt.defaultMax;
        }
    }

    @Override
    public void zoomContinuous(double speed) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        synchronized (this) {
            record("zoomContinuous " + speed);
            zoom.drive(speed, superseded);
        }
        completeAll(superseded);
    }

    @Override
    public CompletableFuture<Void> zoomAbsolute(double factor) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        CompletableFuture<Void> move;
        synchronized (this) {
            record("zoomAbsolute " + factor);
            move = zoom.moveTo(Math.log(Math.max(1, factor)), 1, superseded);
        }
        completeAll(superseded);
        return stopsOnCancel(move, zoom);
    }

    @Override
    public void focusContinuous(double speed) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        synchronized (this) {
            if (autoFocus) {
                throw new IllegalStateException("auto focus is on");
            }
            record("focusContinuous " + speed);
            focus.drive(speed, superseded);
        }
        completeAll(superseded);
    }

    @Override
    public CompletableFuture<Void> focusAbsolute(double position) {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        CompletableFuture<Void> move;
        synchronized (this) {
            record("focusAbsolute " + position);
            move = focus.moveTo(position, 1, superseded);
        }
        completeAll(superseded);
        return stopsOnCancel(move, focus);
    }

    @Override
    public synchronized void setAutoFocus(boolean auto) {
        record("setAutoFocus " + auto);
        autoFocus = auto;
    }

    @Override
    public CompletableFuture<Void> focusOnePush() {
        synchronized (this) {
            autoFocus = false;
        }
        return focusAbsolute(0.5);
    }

    @Override
    public synchronized void presetSet(int number) {
        record("presetSet " + number);
        presets.put(number, new double[] {pan.pos, tilt.pos, Math.exp(zoom.pos), focus.pos});
    }

    @Override
    public synchronized void presetRemove(int number) {
        record("presetRemove " + number);
        presets.remove(number);
    }

    @Override
    public CompletableFuture<Void> presetRecall(int number) {
        double[] p;
        synchronized (this) {
            p = presets.get(number);
        }
        if (p == null) {
            throw new IllegalStateException("no preset " + number);
        }
        record("presetRecall " + number);
        return CompletableFuture.allOf(panTiltAbsolute(p[0], p[1], 1, 1), zoomAbsolute(p[2]), focusAbsolute(p[3]));
    }

    @Override
    public synchronized void setPower(boolean on) {
        record("setPower " + on);
        power = on;
    }

    @Override
    public void stopAll() {
        List<CompletableFuture<Void>> superseded = new ArrayList<>();
        synchronized (this) {
            record("stopAll");
            pan.stop(superseded);
            tilt.stop(superseded);
            zoom.stop(superseded);
            focus.stop(superseded);
        }
        completeAll(superseded);
    }

    @Override
    public synchronized State state() {
        return new State(power, Math.IEEEremainder(pan.pos, 360), tilt.pos, Math.exp(zoom.pos), focus.pos, autoFocus);
    }

    /** True while any axis moves. */
    public synchronized boolean moving() {
        for (Axis a : new Axis[] {pan, tilt, zoom, focus}) {
            if (a.velocity != 0 || !Double.isNaN(a.target)) {
                return true;
            }
        }
        return false;
    }

    private CompletableFuture<Void> stopsOnCancel(CompletableFuture<Void> move, Axis... axes) {
        CompletableFuture<Void> handle = new CompletableFuture<>();
        move.whenComplete((v, e) -> handle.complete(null));
        handle.whenComplete((v, e) -> {
            if (handle.isCancelled()) {
                synchronized (this) {
                    for (Axis a : axes) {
                        a.stop(new ArrayList<>());
                    }
                }
            }
        });
        return handle;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    @Override
    public String toString() {
        return "SimulatedViscaCamera[" + name + "]";
    }
}
