package org.ptzcam.device;

/**
 * Whether the camera block is on or in standby (VISCA CAM_Power). In standby every stream and
 * snapshot shows a black picture, as the hardware's video output does. Not stored: like a Sony
 * camera after its power switch, the camera starts "on".
 */
public final class CameraPower {
    private volatile boolean on = true;

    /** Read by the capture thread once per frame: a volatile read, nothing more. */
    public boolean on() {
        return on;
    }

    public void set(boolean on) {
        this.on = on;
    }
}
