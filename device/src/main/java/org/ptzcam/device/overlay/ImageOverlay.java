package org.ptzcam.device.overlay;

import java.util.Objects;

/**
 * An image overlay: an uploaded image file (see {@link OverlayImages}) drawn at its native size.
 *
 * @param overlayPath the image's file name in the overlay image store
 */
public record ImageOverlay(int identity, int camera, String overlayPath, OverlayPosition position) implements Overlay {

    public ImageOverlay {
        Objects.requireNonNull(overlayPath, "overlayPath");
        Objects.requireNonNull(position, "position");
    }

    public ImageOverlay withIdentity(int id) {
        return new ImageOverlay(id, camera, overlayPath, position);
    }
}
