package org.ptzcam.device.ptz;

/** How a position move ended. */
public enum MoveEnd {
    /** Every axis of the move came to rest at its (clamped) target. */
    REACHED,
    /** A later command, a stop or a limits change took over one of its axes first. */
    INTERRUPTED
}
