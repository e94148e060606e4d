package org.ptzcam.visca.engine;

import java.util.concurrent.CompletableFuture;
import org.ptzcam.visca.ViscaCamera;
import org.ptzcam.visca.ViscaCamera.Corner;
import org.ptzcam.visca.ViscaScale;
import org.ptzcam.visca.codec.ViscaRequest;
import org.ptzcam.visca.codec.ViscaRequest.Focus;
import org.ptzcam.visca.codec.ViscaRequest.FocusDirect;
import org.ptzcam.visca.codec.ViscaRequest.FocusDrive;
import org.ptzcam.visca.codec.ViscaRequest.FocusInfinity;
import org.ptzcam.visca.codec.ViscaRequest.FocusMode;
import org.ptzcam.visca.codec.ViscaRequest.FocusOnePush;
import org.ptzcam.visca.codec.ViscaRequest.LimitCorner;
import org.ptzcam.visca.codec.ViscaRequest.Memory;
import org.ptzcam.visca.codec.ViscaRequest.PanDirection;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltAbsolute;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltDrive;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltHome;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltLimitClear;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltLimitSet;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltRelative;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltReset;
import org.ptzcam.visca.codec.ViscaRequest.Power;
import org.ptzcam.visca.codec.ViscaRequest.TiltDirection;
import org.ptzcam.visca.codec.ViscaRequest.Zoom;
import org.ptzcam.visca.codec.ViscaRequest.ZoomDirect;
import org.ptzcam.visca.codec.ViscaRequest.ZoomFocusDirect;

/**
 * Turns one VISCA command into a call on the camera, converting units through {@link ViscaScale}.
 * Commands that take effect at once return a completed future; moves return the camera's.
 */
final class CommandRunner {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private CommandRunner() {
    }

    /** Starts the command on {@code camera}; throws IllegalStateException when it cannot run now. */
    static CompletableFuture<Void> start(ViscaRequest.Command command, ViscaCamera camera) {
        ViscaCamera.State state = camera.state();
        if (!state.powerOn() && !(command instanceof Power)) {
            throw new IllegalStateException("camera in standby");
        }
        return switch (command) {
            case Power p -> run(() -> camera.setPower(p.on()));
            case Zoom z -> run(() -> camera.zoomContinuous(switch (z.drive()) {
                case STOP -> 0.0;
                case TELE -> ViscaScale.driveSpeed(z.speed());
                case WIDE -> -ViscaScale.driveSpeed(z.speed());
            }));
            case ZoomDirect z -> camera.zoomAbsolute(ViscaScale.zoomFactor(z.position()));
            case ZoomFocusDirect z -> {
                manualFocusOnly(state);
                yield CompletableFuture.allOf(camera.zoomAbsolute(ViscaScale.zoomFactor(z.zoom())),
                        camera.focusAbsolute(ViscaScale.focus(z.focus())));
            }
            case Focus f -> {
                manualFocusOnly(state);
                yield run(() -> camera.focusContinuous(f.drive() == FocusDrive.STOP ? 0.0
                        : (f.drive() == FocusDrive.FAR ? 1 : -1) * ViscaScale.driveSpeed(f.speed())));
            }
            case FocusDirect f -> {
                manualFocusOnly(state);
                yield camera.focusAbsolute(ViscaScale.focus(f.position()));
            }
            case FocusInfinity f -> {
                manualFocusOnly(state);
                yield camera.focusAbsolute(1.0);
            }
            case FocusMode m -> run(() -> camera.setAutoFocus(switch (m.mode()) {
                case AUTO -> true;
                case MANUAL -> false;
                case TOGGLE -> !state.autoFocus();
            }));
            case FocusOnePush f -> camera.focusOnePush();
            case Memory m -> switch (m.op()) {
                case RESET -> run(() -> camera.presetRemove(ViscaScale.presetNumber(m.number())));
                case SET -> run(() -> camera.presetSet(ViscaScale.presetNumber(m.number())));
                case RECALL -> camera.presetRecall(ViscaScale.presetNumber(m.number()));
            };
            case PanTiltDrive d -> run(() -> camera.panTiltContinuous(
                    d.pan() == PanDirection.STOP ? 0.0
                            : (d.pan() == PanDirection.RIGHT ? 1 : -1) * ViscaScale.panSpeed(d.panSpeed()),
                    d.tilt() == TiltDirection.STOP ? 0.0
                            : (d.tilt() == TiltDirection.UP ? 1 : -1) * ViscaScale.tiltSpeed(d.tiltSpeed())));
            case PanTiltAbsolute a -> camera.panTiltAbsolute(ViscaScale.degrees(a.pan()), ViscaScale.degrees(a.tilt()),
                    ViscaScale.panSpeed(a.panSpeed()), ViscaScale.tiltSpeed(a.tiltSpeed()));
            case PanTiltRelative r -> camera.panTiltRelative(ViscaScale.degrees(r.pan()), ViscaScale.degrees(r.tilt()),
                    ViscaScale.panSpeed(r.panSpeed()), ViscaScale.tiltSpeed(r.tiltSpeed()));
            case PanTiltHome h -> camera.home();
            case PanTiltReset r -> camera.recalibrate();
            case PanTiltLimitSet l -> run(() -> camera.setPanTiltLimit(corner(l.corner()),
                    ViscaScale.degrees(l.pan()), ViscaScale.degrees(l.tilt())));
            case PanTiltLimitClear l -> run(() -> camera.clearPanTiltLimit(corner(l.corner())));
        };
    }

    private static void manualFocusOnly(ViscaCamera.State state) {
        if (state.autoFocus()) {
            throw new IllegalStateException("manual focus command while auto focus is on");
        }
    }

    private static Corner corner(LimitCorner c) {
        return c == LimitCorner.UP_RIGHT ? Corner.UP_RIGHT : Corner.DOWN_LEFT;
    }

    private static CompletableFuture<Void> run(Runnable action) {
        action.run();
        return DONE;
    }
}
