package org.ptzcam.device.ptz;

/**
 * Told when the head starts or stops moving and when a preset is reached (for events, overlays and
 * protocol notifications). Called outside locks, on the commanding thread or the PTZ timer; keep it
 * short.
 */
public interface PtzListener {
    void movingChanged(boolean moving, PtzPosition position);

    /** A go-to-preset (or home) move has reached the preset. */
    default void presetReached(int number) {
    }
}
