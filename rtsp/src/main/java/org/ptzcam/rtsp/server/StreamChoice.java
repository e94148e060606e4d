package org.ptzcam.rtsp.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.codec.video.Zipstream;
import org.ptzcam.media.pipeline.EncoderArgs;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.media.pipeline.VideoStreamConfig;
import org.ptzcam.rtsp.message.RtspStatus;
import org.ptzcam.rtsp.rtp.jpeg.JpegFrame;

/**
 * The video stream a media.amp URL asks for (vapix.md §7.1), validated against the capture
 * settings the way the HTTP face validates image arguments. Missing arguments take the defaults
 * (H.264, the largest offered resolution, the capture mode's fps, the Stream tab compression and
 * Zipstream);
 * unknown arguments are ignored, as on the hardware.
 *
 * @param codec  the video codec
 * @param config the pipeline stream to subscribe to
 * @param fps    frames per second of the stream (for SDP)
 */
record StreamChoice(VideoCodec codec, VideoStreamConfig config, int fps) {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StreamChoice.class);

    /**
     * @param zipstreamDefaults the Stream tab's Zipstream as media.amp arguments; the URL's
     *                          {@code videoz*} arguments override them
     */
    static StreamChoice from(Map<String, String> q, CaptureSettings capture, int defaultCompression,
                             Map<String, String> zipstreamDefaults) throws RtspError {
        String camera = q.getOrDefault("camera", "1");
        if (!camera.equals("1")) {
            throw bad("camera '" + camera + "' does not exist; this camera has camera=1");
        }
        VideoCodec codec = switch (q.getOrDefault("videocodec", "h264").toLowerCase(Locale.ROOT)) {
            case "h264" -> VideoCodec.H264;
            case "h265" -> VideoCodec.H265;
            case "jpeg", "mjpeg" -> VideoCodec.MJPEG;
            case "av1" -> throw bad("videocodec av1 is not offered over RTSP yet; valid: h264,h265,jpeg");
            default -> throw bad("videocodec '" + q.get("videocodec") + "' is not supported; valid: h264,h265,jpeg");
        };
        int rotation = intArg(q, "rotation", capture.rotation(), 0, 270);
        if (!CaptureSettings.ROTATIONS.contains(rotation)) {
            throw bad("rotation " + rotation + " is not supported; valid: 0,90,180,270");
        }
        List<Resolution> offered = capture.offeredResolutions().stream()
                .map(r -> r.rotated(capture.rotation()).rotated(rotation)).toList();
        Resolution resolution = resolution(q.get("resolution"), offered);
        if (codec == VideoCodec.MJPEG && (resolution.width() > JpegFrame.MAX_SIZE || resolution.height() > JpegFrame.MAX_SIZE)) {
            throw bad("resolution " + resolution + " is too large for RTP/JPEG (at most " + JpegFrame.MAX_SIZE
                    + " pixels each way); use videocodec=h264 or h265");
        }
        int compression = intArg(q, "compression", defaultCompression, 0, 100);
        int fps = intArg(q, "fps", 0, 0, capture.maxFps());
        int effectiveFps = fps == 0 ? capture.maxFps() : fps;
        VideoEncoderConfig enc = VideoEncoderConfig.of(codec, resolution.width(), resolution.height(), effectiveFps)
                .withCompression(compression).withZipstream(zipstream(codec, q, zipstreamDefaults));
        return new StreamChoice(codec, new VideoStreamConfig(enc, rotation), effectiveFps);
    }

    private static Resolution resolution(String asked, List<Resolution> offered) throws RtspError {
        if (asked == null) {
            return offered.get(0);
        }
        try {
            Resolution r = Resolution.parse(asked);
            if (offered.contains(r)) {
                return r;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the valid list
        }
        throw bad("resolution '" + asked + "' is not supported; valid: "
                + String.join(",", offered.stream().map(Resolution::toString).toList()));
    }

    private static int intArg(Map<String, String> q, String name, int fallback, int min, int max) throws RtspError {
        String v = q.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(name + " '" + v + "' is out of range " + min + ".." + max);
    }

    private static RtspError bad(String why) {
        return new RtspError(RtspStatus.BAD_REQUEST, why);
    }

    /**
     * Zipstream of an RTSP live stream. MJPEG gets none (the key stays free of it, so MJPEG
     * requests still share one encoder); live RTP never carries B-frames, so "optimize for
     * storage" is dropped here.
     */
    private static Zipstream zipstream(VideoCodec codec, Map<String, String> q, Map<String, String> defaults)
            throws RtspError {
        Map<String, String> args = new java.util.HashMap<>(defaults);
        q.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).startsWith("videoz")) {
                args.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        Zipstream z;
        try {
            z = EncoderArgs.zipstream(args);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        if (codec == VideoCodec.MJPEG) {
            if (z.active()) {
                log.info("Zipstream is not used for MJPEG; the stream is sent without it");
            }
            return Zipstream.OFF;
        }
        if (z.storage()) {
            log.info("Zipstream 'optimize for storage' (B-frames) is not used for RTSP live streams");
        }
        return z.withStorage(false);
    }
}
