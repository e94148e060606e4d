package org.ptzcam.media.pipeline;

/**
 * The capture mode's limits: the largest picture and highest frame rate the "sensor" delivers.
 * The loop renders no more than its consumers need, within these limits.
 */
public record CaptureGeometry(int maxWidth, int maxHeight, double maxFps) {

    public CaptureGeometry {
        if (maxWidth < 2 || maxHeight < 2 || (maxWidth & 1) != 0 || (maxHeight & 1) != 0) {
            throw new IllegalArgumentException("capture size must be even: " + maxWidth + "x" + maxHeight);
        }
        if (!(maxFps > 0 && maxFps <= 120)) {
            throw new IllegalArgumentException("capture fps must be in (0, 120]: " + maxFps);
        }
    }

    /** The render size covering a wanted size, keeping the capture aspect ratio, never above the maximum. */
    public int[] renderSizeFor(int wantedWidth, int wantedHeight) {
        long w = Math.max(wantedWidth, (long) Math.ceil((double) wantedHeight * maxWidth / maxHeight));
        w = Math.min(maxWidth, Math.max(16, w));
        w += w & 1;
        long h = Math.round((double) w * maxHeight / maxWidth);
        h += h & 1;
        return new int[] {(int) w, (int) Math.min(maxHeight, h)};
    }
}
