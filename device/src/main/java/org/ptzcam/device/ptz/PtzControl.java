package org.ptzcam.device.ptz;

import static org.ptzcam.device.ptz.PtzService.ALL;
import static org.ptzcam.device.ptz.PtzService.FOCUS;
import static org.ptzcam.device.ptz.PtzService.PAN;
import static org.ptzcam.device.ptz.PtzService.TILT;
import static org.ptzcam.device.ptz.PtzService.ZOOM;

import java.util.concurrent.CompletableFuture;

/**
 * PTZ commands on behalf of one {@link Controller}. Every method first asks the control queue and
 * throws {@link PtzBusyException} when someone else has control. Targets beyond the limits are
 * clamped, never refused. Position moves return a future that completes with
 * {@link MoveEnd#REACHED} when their axes rest at the target, or {@link MoveEnd#INTERRUPTED} when a
 * later command takes one of those axes first; it never completes exceptionally.
 */
public final class PtzControl {
    private final PtzService ptz;
    private final ControlQueue queue;
    private final Controller who;

    PtzControl(PtzService ptz, ControlQueue queue, Controller who) {
        this.ptz = ptz;
        this.queue = queue;
        this.who = who;
    }

    public Controller controller() {
        return who;
    }

    /** Gives up control at once (control queue). */
    public void release() {
        queue.release(who);
    }

    // ---- continuous ---------------------------------------------------------------------------

    /**
     * Joystick pan and tilt: −1…1 of the maximum speed each (positive = right / up), 0 stops that
     * axis. With {@code proportional} and the ProportionalSpeed setting on, speeds are scaled by
     * the field of view at the zoom of the moment the command arrives (1/30 at 30×).
     */
    public void continuousPanTilt(double panFraction, double tiltFraction, boolean proportional) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        ptz.apply(PAN | TILT, 0, (h, now) -> {
            double scale = proportional && ptz.proportionalSpeed()
                    ? h.position(now).horizontalFovDeg() / ZoomLaw.WIDE_HFOV_DEG : 1;
            return h.withPan(Planning.panAt(h, now, unit(panFraction) * m.panMaxDegPerS() * scale, m))
                    .withTilt(Planning.tiltAt(h, now, unit(tiltFraction) * m.tiltMaxDegPerS() * scale, m));
        });
    }

    /** Continuous zoom: −1 (wide) … 1 (tele) of the maximum speed; 0 stops. */
    public void continuousZoom(double fraction) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        ptz.apply(ZOOM, 0, (h, now) -> h.withZoom(Planning.zoomAt(h, now, unit(fraction) * m.zoomMaxStepsPerS(), m)));
    }

    /** Continuous focus: −1 (near) … 1 (far); switches autofocus off. 0 stops. */
    public void continuousFocus(double fraction) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        ptz.apply(FOCUS, 0, (h, now) -> h.withFocus(
                Planning.focusAt(h, now, unit(fraction) * m.focusMaxStepsPerS(), m), false));
    }

    // ---- position moves -------------------------------------------------------------------------

    /** Absolute move of the axes the target names. */
    public CompletableFuture<MoveEnd> moveTo(PtzTarget target, MoveSpeed speed) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        int axes = (target.panDeg().isPresent() ? PAN : 0) | (target.tiltDeg().isPresent() ? TILT : 0)
                | (target.zoomStep().isPresent() ? ZOOM : 0);
        return ptz.apply(axes, 0, (h, now) -> {
            Head next = h;
            if (target.panDeg().isPresent()) {
                next = next.withPan(Planning.panTo(h, now, finite(target.panDeg().getAsDouble()), speed.pan(), m));
            }
            if (target.tiltDeg().isPresent()) {
                next = next.withTilt(Planning.tiltTo(h, now, finite(target.tiltDeg().getAsDouble()), speed.tilt(), m));
            }
            if (target.zoomStep().isPresent()) {
                next = next.withZoom(Planning.zoomTo(h, now, finite(target.zoomStep().getAsDouble()), speed.zoom(), m));
            }
            return next;
        });
    }

    /**
     * Relative move: pan by {@code panDeg} the given way round (±360; 270 turns right 270°), tilt
     * by {@code tiltDeg}, zoom by {@code zoomSteps}. Zero deltas leave an axis alone.
     */
    public CompletableFuture<MoveEnd> moveBy(double panDeg, double tiltDeg, double zoomSteps, MoveSpeed speed) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        int axes = (panDeg != 0 ? PAN : 0) | (tiltDeg != 0 ? TILT : 0) | (zoomSteps != 0 ? ZOOM : 0);
        return ptz.apply(axes, 0, (h, now) -> {
            PtzPosition at = h.position(now);
            Head next = h;
            if (panDeg != 0) {
                next = next.withPan(Planning.panBy(h, now, finite(panDeg), speed.pan(), m));
            }
            if (tiltDeg != 0) {
                next = next.withTilt(Planning.tiltTo(h, now, at.tiltDeg() + finite(tiltDeg), speed.tilt(), m));
            }
            if (zoomSteps != 0) {
                next = next.withZoom(Planning.zoomTo(h, now, at.zoomStep() + finite(zoomSteps), speed.zoom(), m));
            }
            return next;
        });
    }

    /**
     * Turns so that an image point becomes the centre (VAPIX {@code center}).
     *
     * @param x      0 (left) … 1 (right) of the current picture
     * @param y      0 (top) … 1 (bottom)
     * @param aspect picture width / height
     */
    public CompletableFuture<MoveEnd> center(double x, double y, double aspect, MoveSpeed speed) {
        return areaZoom(x, y, 1, aspect, speed);
    }

    /**
     * Centres on an image point and zooms by {@code factor} (2 = twice the magnification, 0.5 = half;
     * VAPIX {@code areazoom=x,y,z} with factor z/100).
     */
    public CompletableFuture<MoveEnd> areaZoom(double x, double y, double factor, double aspect, MoveSpeed speed) {
        if (!(factor > 0) || !(aspect > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new PtzException("area zoom needs a finite point, a positive factor and aspect");
        }
        queue.acquire(who);
        Mechanics m = ptz.mech();
        int axes = PAN | TILT | (factor != 1 ? ZOOM : 0);
        return ptz.apply(axes, 0, (h, now) -> {
            PtzPosition at = h.position(now);
            double[] dir = ViewGeometry.direction(at.panDeg(), at.tiltDeg(), at.horizontalFovDeg(),
                    x, y, aspect);
            Head next = h.withPan(Planning.panTo(h, now, dir[0], speed.pan(), m))
                    .withTilt(Planning.tiltTo(h, now, dir[1], speed.tilt(), m));
            if (factor != 1) {
                double halfTan = StrictMath.tan(Math.toRadians(at.horizontalFovDeg() / 2)) / factor;
                double mag = ZoomLaw.magnificationForFov(2 * Math.toDegrees(StrictMath.atan(halfTan)));
                next = next.withZoom(Planning.zoomTo(h, now, ZoomLaw.step(mag), speed.zoom(), m));
            }
            return next;
        });
    }

    /** Goes to the home preset (or pan 0, tilt 0, wide if it is missing). */
    public CompletableFuture<MoveEnd> home(MoveSpeed speed) {
        int number = ptz.homePresetNumber();
        return ptz.preset(number).map(p -> gotoPreset(p, speed)).orElseGet(() -> moveTo(PtzTarget.of(0, 0, 1), speed));
    }

    public CompletableFuture<MoveEnd> gotoPreset(int number, MoveSpeed speed) {
        return gotoPreset(ptz.preset(number).orElseThrow(() -> PtzService.noPreset(Integer.toString(number))), speed);
    }

    public CompletableFuture<MoveEnd> gotoPreset(String name, MoveSpeed speed) {
        return gotoPreset(ptz.preset(name).orElseThrow(() -> PtzService.noPreset("'" + name + "'")), speed);
    }

    private CompletableFuture<MoveEnd> gotoPreset(Preset p, MoveSpeed speed) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        return ptz.apply(ALL, p.number(), (h, now) -> {
            Head next = h.withPan(Planning.panTo(h, now, p.panDeg(), speed.pan(), m))
                    .withTilt(Planning.tiltTo(h, now, p.tiltDeg(), speed.tilt(), m))
                    .withZoom(Planning.zoomTo(h, now, p.zoomStep(), speed.zoom(), m));
            return p.focusStep().isPresent()
                    ? next.withFocus(Planning.focusTo(h, now, p.focusStep().getAsDouble(), m), false)
                    : next.withFocus(AxisMotion.rest(h.position(now).focusStep(), now), true);
        });
    }

    // ---- stop ---------------------------------------------------------------------------------

    /** Brakes every axis to rest. */
    public void stop() {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        ptz.apply(ALL, 0, (h, now) -> {
            Head next = h.withPan(AxisMotion.toVelocity(h.pan(), now, 0, m.panAccel()))
                    .withTilt(AxisMotion.toVelocity(h.tilt(), now, 0, m.tiltAccel()))
                    .withZoom(AxisMotion.toVelocity(h.zoom(), now, 0, m.zoomAccel()));
            return h.autofocus() ? next : next.withFocus(AxisMotion.toVelocity(h.focus(), now, 0, m.focusAccel()), false);
        });
    }

    public void stopPanTilt() {
        continuousPanTilt(0, 0, false);
    }

    public void stopZoom() {
        continuousZoom(0);
    }

    public void stopFocus() {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        ptz.apply(FOCUS, 0, (h, now) -> h.autofocus() ? h
                : h.withFocus(AxisMotion.toVelocity(h.focus(), now, 0, m.focusAccel()), false));
    }

    // ---- focus --------------------------------------------------------------------------------

    /** Autofocus on (the picture stays sharp wherever the head looks) or off (the lens stays put). */
    public void autofocus(boolean on) {
        queue.acquire(who);
        ptz.apply(FOCUS, 0, (h, now) -> {
            double at = h.position(now).focusStep();
            return h.withFocus(AxisMotion.rest(at, now), on);
        });
    }

    /** Manual focus to a step (1 near … 9999 far); switches autofocus off. */
    public CompletableFuture<MoveEnd> focusTo(double step) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        return ptz.apply(FOCUS, 0, (h, now) -> h.withFocus(Planning.focusTo(h, now, finite(step), m), false));
    }

    /** Manual focus by a number of steps; switches autofocus off. */
    public CompletableFuture<MoveEnd> focusBy(double steps) {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        return ptz.apply(FOCUS, 0, (h, now) -> h.withFocus(
                Planning.focusTo(h, now, h.position(now).focusStep() + finite(steps), m), false));
    }

    /** One-push autofocus: focuses once on what the head looks at now, then stays manual. */
    public CompletableFuture<MoveEnd> onePushFocus() {
        queue.acquire(who);
        Mechanics m = ptz.mech();
        return ptz.apply(FOCUS, 0, (h, now) -> h.withFocus(
                Planning.focusTo(h, now, FocusModel.idealStep(h.position(now).tiltDeg()), m), false));
    }

    private static double unit(double fraction) {
        return Math.max(-1, Math.min(1, finite(fraction)));
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new PtzException("PTZ values must be finite numbers");
        }
        return v;
    }
}
