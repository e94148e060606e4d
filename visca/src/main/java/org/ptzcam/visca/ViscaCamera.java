package org.ptzcam.visca;

import java.util.concurrent.CompletableFuture;

/**
 * What the VISCA faces need from a PTZ camera, in physical units. Declared here, by its consumer;
 * the application adapts the device's PTZ service to it. VISCA numbers are converted by
 * {@link ViscaScale} before they get here.
 *
 * <p>Units: pan and tilt in degrees (pan positive = right, tilt positive = up, 0/0 = home
 * direction); zoom as the optical magnification factor (1 = widest); focus 0..1 (0 = nearest,
 * 1 = infinity); speeds as a fraction 0..1 of the axis' maximum speed, signed where a direction is
 * meant.
 *
 * <p>Moves that end by themselves return a future completed when the motion has ended (the VISCA
 * completion is sent then). Cancelling such a future ({@code cancel(true)}) must stop the motion it
 * started: VISCA Cancel and IF_Clear do that. Out-of-range targets are clamped to the camera's
 * limits, as the hardware does.
 *
 * <p>Any method may throw {@link IllegalStateException} when the command cannot run now (unknown
 * preset, focus drive while auto focus is on, standby): the controller then gets "command not
 * executable". A future completed exceptionally is reported the same way.
 */
public interface ViscaCamera {

    /**
     * The camera as seen by one VISCA controller, so that a camera with a PTZ control queue counts
     * each controller on its own (over IP: {@code address:port} of the datagrams, the same key the
     * Sony framing keeps sequence numbers by). A camera without one returns itself.
     */
    default ViscaCamera forController(String controller) {
        return this;
    }

    /** Starts, changes or (with 0, 0) stops a continuous pan/tilt; speeds are fractions −1..1. */
    void panTiltContinuous(double panSpeed, double tiltSpeed);

    /** Moves to an absolute pan/tilt; speeds are fractions 0..1 of each axis' maximum. */
    CompletableFuture<Void> panTiltAbsolute(double panDegrees, double tiltDegrees, double panSpeed, double tiltSpeed);

    /** Moves by a pan/tilt offset; speeds as for {@link #panTiltAbsolute}. */
    CompletableFuture<Void> panTiltRelative(double panDelta, double tiltDelta, double panSpeed, double tiltSpeed);

    /** Pan/tilt to the home position. */
    CompletableFuture<Void> home();

    /** VISCA "Pan-tilt reset": re-initialise the head, ending at the position it had. */
    CompletableFuture<Void> recalibrate();

    enum Corner { DOWN_LEFT, UP_RIGHT }

    /** Sets one corner of the pan/tilt limits (VISCA Pan-tiltLimitSet). */
    void setPanTiltLimit(Corner corner, double panDegrees, double tiltDegrees);

    /** Removes the limit of one corner (VISCA Pan-tiltLimitClear). */
    void clearPanTiltLimit(Corner corner);

    /** Starts, changes or (with 0) stops a continuous zoom; fraction −1..1, positive = tele. */
    void zoomContinuous(double speed);

    /** Zooms to a magnification (clamped to 1..max). */
    CompletableFuture<Void> zoomAbsolute(double factor);

    /** Starts, changes or (with 0) stops manual focus drive; fraction −1..1, positive = far. */
    void focusContinuous(double speed);

    /** Moves the focus to 0..1 (0 = nearest, 1 = infinity); switches nothing else. */
    CompletableFuture<Void> focusAbsolute(double position);

    void setAutoFocus(boolean auto);

    /** One-push auto focus: focus once, then stay in manual focus. */
    CompletableFuture<Void> focusOnePush();

    /** Stores the current position as preset {@code number} (1-based, the camera's numbering). */
    void presetSet(int number);

    void presetRemove(int number);

    /** Goes to preset {@code number}; completes when the move ends. */
    CompletableFuture<Void> presetRecall(int number);

    /** Power on (true) or standby (false). */
    void setPower(boolean on);

    /** Stops every motion (pan, tilt, zoom, focus) at once: IF_Clear. */
    void stopAll();

    /** A consistent snapshot for inquiries. */
    State state();

    /**
     * @param panDegrees  −180 (exclusive) … 180
     * @param zoomFactor  1 … maximum optical zoom
     * @param focus       0 nearest … 1 infinity
     */
    record State(boolean powerOn, double panDegrees, double tiltDegrees, double zoomFactor, double focus,
                 boolean autoFocus) {
    }
}
