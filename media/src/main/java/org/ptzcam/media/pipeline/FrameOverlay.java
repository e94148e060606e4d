package org.ptzcam.media.pipeline;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/**
 * The overlay stage: draws text and images into each captured frame after the image stage and
 * before any encoder, so every stream shows the same overlays and changing them never touches an
 * encoder. Called on the capture thread only.
 */
@FunctionalInterface
public interface FrameOverlay {

    /**
     * @param view         the requested view (what PTZ asked for, before simulated shake)
     * @param sequence     the capture's frame number, from 0
     * @param captureNanos the frame's capture time on the monotonic clock
     */
    void apply(YuvFrame frame, ViewState view, long sequence, long captureNanos);

    static FrameOverlay none() {
        return (frame, view, sequence, captureNanos) -> {
        };
    }
}
