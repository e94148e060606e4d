package org.ptzcam.app.visca;

/**
 * The VISCA power state of one camera (CAM_Power on / standby), shared by its VISCA transports.
 * Not stored: a camera powers up "on", as a Sony camera does after its power switch.
 */
public final class ViscaPower {
    private volatile boolean on = true;

    public boolean on() {
        return on;
    }

    void set(boolean on) {
        this.on = on;
    }
}
