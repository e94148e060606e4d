package org.ptzcam.app.visca;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.CameraPower;
import org.ptzcam.device.ptz.Controller;
import org.ptzcam.device.ptz.MoveEnd;
import org.ptzcam.device.ptz.MoveSpeed;
import org.ptzcam.device.ptz.PtzControl;
import org.ptzcam.device.ptz.PtzException;
import org.ptzcam.device.ptz.PtzLimits;
import org.ptzcam.device.ptz.PtzPosition;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.ptz.PtzTarget;
import org.ptzcam.device.ptz.ZoomLaw;
import org.ptzcam.device.settings.InvalidSettingException;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.visca.ViscaCamera;

/**
 * VISCA's view of the camera, onto the device's PTZ service, so limits, speeds and the control queue
 * are the ones VAPIX obeys. One instance per VISCA transport ({@code visca-ip},
 * {@code visca-serial:/dev/ttyS0}); each VISCA controller is its own controller in the control queue
 * at operator level (VISCA has no login): {@link #forController} names it after its source, e.g.
 * {@code visca-ip:192.0.2.7:52381}, so two controllers queue and time out as two VAPIX users do.
 * A serial line has one controller, the transport itself.
 *
 * <p>Standby (CAM_Power off) stops every motion and puts the device in standby
 * ({@link CameraPower}): every stream and snapshot shows black, and VISCA refuses every command but
 * power on (the engine answers "not executable") while inquiries keep answering, as a Sony camera
 * does. VAPIX PTZ keeps working (an Axis camera has no standby to obey).
 */
public final class PtzViscaCamera implements ViscaCamera {
    /** Focus steps of the PTZ service: 1 nearest … 9999 infinity. */
    private static final double FOCUS_NEAR = 1, FOCUS_FAR = 9999;

    private final PtzService ptz;
    private final Supplier<Settings> settings;
    private final CameraPower power;
    private final String controllerId;
    private final PtzControl control;

    public PtzViscaCamera(PtzService ptz, Supplier<Settings> settings, CameraPower power, String controllerId) {
        this.ptz = ptz;
        this.settings = settings;
        this.power = power;
        this.controllerId = controllerId;
        this.control = ptz.control(new Controller(controllerId, AccessLevel.OPERATOR));
    }

    /** The same camera commanded by one controller of this transport (cheap: made per command). */
    @Override
    public PtzViscaCamera forController(String controller) {
        return new PtzViscaCamera(ptz, settings, power, controllerId + ":" + controller);
    }

    /** The control-queue identity of this camera's commands. */
    public String controllerId() {
        return controllerId;
    }

    @Override
    public void panTiltContinuous(double panSpeed, double tiltSpeed) {
        // the ProportionalSpeed setting applies to joysticks on every path
        run(() -> control.continuousPanTilt(panSpeed, tiltSpeed, true));
    }

    @Override
    public CompletableFuture<Void> panTiltAbsolute(double panDegrees, double tiltDegrees, double panSpeed,
            double tiltSpeed) {
        return move(() -> control.moveTo(PtzTarget.panTilt(panDegrees, tiltDegrees),
                new MoveSpeed(panSpeed, tiltSpeed, 1)), control::stopPanTilt);
    }

    @Override
    public CompletableFuture<Void> panTiltRelative(double panDelta, double tiltDelta, double panSpeed,
            double tiltSpeed) {
        return move(() -> control.moveBy(panDelta, tiltDelta, 0, new MoveSpeed(panSpeed, tiltSpeed, 1)),
                control::stopPanTilt);
    }

    /** VISCA Home turns pan and tilt only, to the home preset's direction (0/0 without one); zoom stays. */
    @Override
    public CompletableFuture<Void> home() {
        double[] at = ptz.preset(ptz.homePresetNumber()).map(p -> new double[] {p.panDeg(), p.tiltDeg()})
                .orElse(new double[] {0, 0});
        return move(() -> control.moveTo(PtzTarget.panTilt(at[0], at[1]), MoveSpeed.MAX), control::stopPanTilt);
    }

    /** Re-initialisation as the head does it: to the mechanical reference (0/0) and back, at full speed. */
    @Override
    public CompletableFuture<Void> recalibrate() {
        PtzPosition was = ptz.position();
        CompletableFuture<MoveEnd> toReference = call(() -> control.moveTo(PtzTarget.panTilt(0, 0), MoveSpeed.MAX));
        CompletableFuture<Void> done = new CompletableFuture<>();
        toReference.whenComplete((end, failure) -> {
            if (done.isDone()) {
                return; // cancelled on the way: no second leg
            }
            try {
                call(() -> control.moveTo(PtzTarget.panTilt(was.panDeg(), was.tiltDeg()), MoveSpeed.MAX))
                        .whenComplete((end2, failure2) -> done.complete(null));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return stopWhenCancelled(done, () -> true, control::stopPanTilt);
    }

    /**
     * Writes the PTZ limit settings (PTZ › Limits, the ones VAPIX uses): down-left is MinPan/MinTilt,
     * up-right MaxPan/MaxTilt, whole degrees as the settings hold them.
     */
    @Override
    public void setPanTiltLimit(Corner corner, double panDegrees, double tiltDegrees) {
        int pan = (int) Math.round(PtzPosition.wrapPan(panDegrees));
        int tilt = (int) Math.round(Math.max(PtzLimits.MECHANICAL_MIN_TILT,
                Math.min(PtzLimits.MECHANICAL_MAX_TILT, tiltDegrees)));
        writeLimits(corner == Corner.DOWN_LEFT
                ? Map.of(PtzSettings.MIN_PAN, Integer.toString(pan), PtzSettings.MIN_TILT, Integer.toString(tilt))
                : Map.of(PtzSettings.MAX_PAN, Integer.toString(pan), PtzSettings.MAX_TILT, Integer.toString(tilt)));
    }

    @Override
    public void clearPanTiltLimit(Corner corner) {
        writeLimits(corner == Corner.DOWN_LEFT
                ? Map.of(PtzSettings.MIN_PAN, "-180", PtzSettings.MIN_TILT,
                        Integer.toString((int) PtzLimits.MECHANICAL_MIN_TILT))
                : Map.of(PtzSettings.MAX_PAN, "180", PtzSettings.MAX_TILT,
                        Integer.toString((int) PtzLimits.MECHANICAL_MAX_TILT)));
    }

    private void writeLimits(Map<String, String> changes) {
        try {
            settings.get().update(changes);
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void zoomContinuous(double speed) {
        run(() -> control.continuousZoom(speed));
    }

    @Override
    public CompletableFuture<Void> zoomAbsolute(double factor) {
        double step = ZoomLaw.step(Math.max(ZoomLaw.MIN_MAGNIFICATION, Math.min(ZoomLaw.MAX_MAGNIFICATION, factor)));
        return move(() -> control.moveTo(PtzTarget.zoom(step), MoveSpeed.MAX), control::stopZoom);
    }

    @Override
    public void focusContinuous(double speed) {
        run(() -> control.continuousFocus(speed));
    }

    @Override
    public CompletableFuture<Void> focusAbsolute(double position) {
        double p = Math.max(0, Math.min(1, position));
        return move(() -> control.focusTo(FOCUS_NEAR + p * (FOCUS_FAR - FOCUS_NEAR)), control::stopFocus);
    }

    @Override
    public void setAutoFocus(boolean auto) {
        run(() -> control.autofocus(auto));
    }

    @Override
    public CompletableFuture<Void> focusOnePush() {
        return move(control::onePushFocus, control::stopFocus);
    }

    /** Preset configuration is not queued (as in VAPIX); the position stored is the head's now. */
    @Override
    public void presetSet(int number) {
        run(() -> ptz.setPreset(number, false));
    }

    @Override
    public void presetRemove(int number) {
        run(() -> ptz.removePreset(number));
    }

    @Override
    public CompletableFuture<Void> presetRecall(int number) {
        return move(() -> control.gotoPreset(number, MoveSpeed.MAX), control::stop);
    }

    @Override
    public void setPower(boolean on) {
        if (!on) {
            stopAll();
        }
        power.set(on);
    }

    @Override
    public void stopAll() {
        run(control::stop);
    }

    @Override
    public State state() {
        PtzPosition p = ptz.position();
        return new State(power.on(), p.panDeg(), p.tiltDeg(), p.magnification(),
                (p.focusStep() - FOCUS_NEAR) / (FOCUS_FAR - FOCUS_NEAR), p.autofocus());
    }

    // ---- futures and refusals -------------------------------------------------------------------

    /**
     * Starts a move; the VISCA future completes when it ends (reached, or taken over by a later
     * command: the motion this command started has ended either way). Cancelling it stops the axes.
     */
    private CompletableFuture<Void> move(Supplier<CompletableFuture<MoveEnd>> start, Runnable stop) {
        CompletableFuture<MoveEnd> motion = call(start);
        CompletableFuture<Void> done = motion.thenApply(end -> (Void) null);
        // stop only while the motion is still ours; a later command already took the axes otherwise
        return stopWhenCancelled(done, () -> !motion.isDone(), stop);
    }

    private CompletableFuture<Void> stopWhenCancelled(CompletableFuture<Void> done,
            java.util.function.BooleanSupplier stillOurs, Runnable stop) {
        done.whenComplete((v, failure) -> {
            if (done.isCancelled() && stillOurs.getAsBoolean()) {
                try {
                    run(stop);
                } catch (IllegalStateException e) {
                    // someone else has control now: their motion is not ours to stop
                }
            }
        });
        return done;
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (PtzException e) {
            // control queue busy, unknown preset, bad number: VISCA "command not executable"
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void run(Runnable command) {
        call(() -> {
            command.run();
            return null;
        });
    }
}
