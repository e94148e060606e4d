package org.ptzcam.media.overlay;

/** The preset the camera is at now, for {@code #p #P}; the PTZ service implements it. */
@FunctionalInterface
public interface PresetSupplier {

    /** The preset position reached, or null while not at one. */
    Preset current();

    record Preset(int number, String name) {
    }

    static PresetSupplier none() {
        return () -> null;
    }
}
