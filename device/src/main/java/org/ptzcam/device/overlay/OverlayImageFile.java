package org.ptzcam.device.overlay;

/** An uploaded overlay image: its file name, pixel size and bytes on disk. */
public record OverlayImageFile(String name, int width, int height, long bytes) {
}
