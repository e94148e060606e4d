package org.ptzcam.media.pipeline;

import org.ptzcam.codec.video.VideoEncoderConfig;

/**
 * One distinct video stream: the encoder settings plus the rotation applied before encoding.
 * Equal configs share one encoder (the camera manual's own advice for saving CPU).
 *
 * @param encoder  codec, output size (already rotated), fps, compression, GOP, bitrate control
 * @param rotation 0, 90, 180 or 270 degrees clockwise
 */
public record VideoStreamConfig(VideoEncoderConfig encoder, int rotation) {

    public VideoStreamConfig {
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, not " + rotation);
        }
    }

    /** The size the encoder needs from capture, in capture orientation. */
    int captureWidth() {
        return FrameRotation.rotatedWidth(encoder.width(), encoder.height(), rotation);
    }

    int captureHeight() {
        return FrameRotation.rotatedHeight(encoder.width(), encoder.height(), rotation);
    }
}
