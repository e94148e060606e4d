package org.ptzcam.http.video;

import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.media.pipeline.VideoStreamConfig;

/** Maps a validated HTTP video request onto the pipeline's distinct-stream key. */
final class StreamConfigs {

    private StreamConfigs() {
    }

    /**
     * The MJPEG stream for a request. Snapshots and MJPEG viewers asking for the same size,
     * compression, rotation and rate share one encoder.
     */
    static VideoStreamConfig mjpeg(VideoRequest r, CaptureSettings capture) {
        VideoEncoderConfig enc = VideoEncoderConfig.of(VideoCodec.MJPEG, r.resolution().width(),
                r.resolution().height(), r.effectiveFps(capture)).withCompression(r.compression());
        return new VideoStreamConfig(enc, r.rotation());
    }

    /** An MJPEG viewer's stream: as {@link #mjpeg} plus the request's bitrate control (MBR/ABR). */
    static VideoStreamConfig mjpegStream(VideoRequest r, CaptureSettings capture) {
        VideoStreamConfig still = mjpeg(r, capture);
        return new VideoStreamConfig(still.encoder().withBitrateControl(r.bitrate()), still.rotation());
    }
}
