package org.ptzcam.visca.codec;

/**
 * A decoded controller→camera VISCA message. Values are raw VISCA numbers (positions in the
 * camera's units, speed codes); turning them into degrees is the engine's business.
 */
public sealed interface ViscaRequest {

    /** A command that goes into a socket and is answered ACK, then completion. */
    sealed interface Command extends ViscaRequest {
    }

    /** An inquiry, answered at once with {@code y0 50 data FF}. */
    sealed interface Inquiry extends ViscaRequest {
    }

    // ---- interface / network ----

    /** {@code 8x 01 00 01 FF} (or broadcast {@code 88 01 00 01 FF}). */
    record IfClear() implements ViscaRequest {
    }

    /** {@code 8x 2z FF}: cancel the command in socket z. */
    record Cancel(int socket) implements ViscaRequest {
    }

    /** {@code 88 30 0n FF}: take address n (serial daisy chain). */
    record AddressSet(int address) implements ViscaRequest {
    }

    // ---- commands ----

    record Power(boolean on) implements Command {
    }

    enum ZoomDrive { STOP, TELE, WIDE }

    /** Zoom stop/tele/wide; speed 0..7 for the variable form, {@link #STANDARD} for the standard one. */
    record Zoom(ZoomDrive drive, int speed) implements Command {
        public static final int STANDARD = -1;
    }

    /** Zoom direct, position 0x0000 (wide) … 0x4000 (tele) and beyond for digital zoom. */
    record ZoomDirect(int position) implements Command {
    }

    record ZoomFocusDirect(int zoom, int focus) implements Command {
    }

    enum FocusDrive { STOP, FAR, NEAR }

    /** Focus stop/far/near; speed 0..7 for the variable form, {@link Zoom#STANDARD} otherwise. */
    record Focus(FocusDrive drive, int speed) implements Command {
    }

    /** Focus direct, 0x1000 (far, ∞) … 0xF000 (near). */
    record FocusDirect(int position) implements Command {
    }

    enum FocusModeSetting { AUTO, MANUAL, TOGGLE }

    record FocusMode(FocusModeSetting mode) implements Command {
    }

    /** One-push AF trigger {@code 04 18 01}. */
    record FocusOnePush() implements Command {
    }

    /** Focus to infinity {@code 04 18 02}. */
    record FocusInfinity() implements Command {
    }

    enum MemoryOp { RESET, SET, RECALL }

    /** CAM_Memory; number is the VISCA preset byte pp (0-based). */
    record Memory(MemoryOp op, int number) implements Command {
    }

    enum PanDirection { LEFT, RIGHT, STOP }

    enum TiltDirection { UP, DOWN, STOP }

    /** Pan-tilt drive; speeds are the raw VV/WW codes. */
    record PanTiltDrive(int panSpeed, int tiltSpeed, PanDirection pan, TiltDirection tilt) implements Command {
    }

    /**
     * Pan-tilt absolute position (signed units).
     *
     * @param widePan the 16-byte form with a 5-nibble pan (BRC-X1000 family)
     */
    record PanTiltAbsolute(int panSpeed, int tiltSpeed, int pan, int tilt, boolean widePan) implements Command {
    }

    /** Pan-tilt relative move (signed units), forms as for {@link PanTiltAbsolute}. */
    record PanTiltRelative(int panSpeed, int tiltSpeed, int pan, int tilt, boolean widePan) implements Command {
    }

    record PanTiltHome() implements Command {
    }

    /** Pan-tilt reset (re-calibrate). */
    record PanTiltReset() implements Command {
    }

    enum LimitCorner { DOWN_LEFT, UP_RIGHT }

    record PanTiltLimitSet(LimitCorner corner, int pan, int tilt) implements Command {
    }

    record PanTiltLimitClear(LimitCorner corner) implements Command {
    }

    // ---- inquiries ----

    record PowerInq() implements Inquiry {
    }

    record ZoomPosInq() implements Inquiry {
    }

    record FocusPosInq() implements Inquiry {
    }

    record FocusModeInq() implements Inquiry {
    }

    record PanTiltPosInq() implements Inquiry {
    }

    record PanTiltMaxSpeedInq() implements Inquiry {
    }

    record VersionInq() implements Inquiry {
    }
}
