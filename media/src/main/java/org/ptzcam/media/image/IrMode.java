package org.ptzcam.media.image;

/** IR illumination intensity control. */
public enum IrMode {
    /** Full intensity when dark, less in twilight. */
    AUTO,
    /** The user's {@link ImageAdjustments#irIntensity()}. */
    MANUAL
}
