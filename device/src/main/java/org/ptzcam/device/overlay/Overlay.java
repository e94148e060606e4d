package org.ptzcam.device.overlay;

/** A text or image overlay; identities are unique across both kinds. */
public sealed interface Overlay permits TextOverlay, ImageOverlay {

    int identity();

    int camera();

    OverlayPosition position();
}
