package org.ptzcam.media.pipeline;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/**
 * The overlay stage: draws text and images into a captured frame after the image stage and before
 * any encoder, so changing them never touches an encoder. The capture loop calls it once per
 * captured frame and distinct stream rotation, on the frame already turned the stream's way, so
 * text stands upright in every stream. Called on the capture thread only.
 */
@FunctionalInterface
public interface FrameOverlay {

    /**
     * What the stage knows about the picture it draws on.
     *
     * @param view         the requested view (what PTZ asked for, before simulated shake)
     * @param sequence     the capture's frame number, from 0
     * @param captureNanos the frame's capture time on the monotonic clock
     * @param rotation     0, 90, 180 or 270: how the picture was turned for the streams it feeds
     * @param bitrateKbps  the bitrate over the last second of the busiest stream this picture feeds,
     *                     negative while no such stream has run for a second
     */
    record Context(ViewState view, long sequence, long captureNanos, int rotation, double bitrateKbps) {
    }

    void apply(YuvFrame frame, Context context);

    static FrameOverlay none() {
        return (frame, context) -> {
        };
    }
}
