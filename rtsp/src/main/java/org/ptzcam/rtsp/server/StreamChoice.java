package org.ptzcam.rtsp.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.codec.video.Zipstream;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.media.pipeline.EncoderArgs;
import org.ptzcam.media.pipeline.VideoStreamConfig;
import org.ptzcam.rtsp.message.RtspStatus;
import org.ptzcam.rtsp.rtp.jpeg.JpegFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presentation a media.amp URL asks for (vapix.md §7.1): its video stream, validated against
 * the capture settings the way the HTTP face validates image arguments, an optional audio track
 * and an optional ONVIF metadata track. Missing arguments take the defaults (H.264, the largest
 * offered resolution, the capture mode's fps, the Stream tab compression, GOP 32, VBR, no audio,
 * no metadata); unknown arguments are ignored, as on the hardware.
 *
 * @param codec  the video codec
 * @param config the pipeline stream to subscribe to
 * @param fps    frames per second of the stream (for SDP)
 * @param video  false for an audio-only presentation ({@code video=0})
 * @param audio  the audio codec of the audio track, if there is one
 * @param event  true for an ONVIF metadata track ({@code event=on})
 */
record StreamChoice(VideoCodec codec, VideoStreamConfig config, int fps, boolean video, Optional<AudioCodec> audio,
        boolean event) {

    private static final Logger LOG = LoggerFactory.getLogger(StreamChoice.class);
    /** Upper bound of the bitrate arguments (kbit/s): 100 Mbit/s is beyond any camera stream. */

    /** The tracks in SDP order with their trackIDs (1, 2, …). */
    List<TrackKind> tracks() {
        List<TrackKind> t = new ArrayList<>(3);
        if (video) {
            t.add(TrackKind.VIDEO);
        }
        audio.ifPresent(a -> t.add(TrackKind.AUDIO));
        if (event) {
            t.add(TrackKind.METADATA);
        }
        return t;
    }

    /** The trackID of {@code kind}, or -1 if the presentation has no such track. */
    int trackId(TrackKind kind) {
        int i = tracks().indexOf(kind);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * @param audioDefault the audio settings' codec, or empty when audio is disabled (then
     *                     {@code audio=1} gives a presentation without audio, as the hardware does)
     * @param bFrames      whether the client may get B-frames (Zipstream "optimize for storage"): every
     *                     RTSP client but the web client
     */
    static StreamChoice from(Map<String, String> url, CaptureSettings capture, int defaultCompression,
            Optional<AudioCodec> audioDefault, StreamProfiles profiles, boolean bFrames) throws RtspError {
        // Stream tab defaults ← stream profile ← URL (an unknown profile falls back, logged)
        Map<String, String> q = profiles.resolve(url);
        String camera = q.getOrDefault("camera", "1");
        if (!camera.equals("1")) {
            throw bad("camera '" + camera + "' does not exist; this camera has camera=1");
        }
        VideoCodec codec = switch (q.getOrDefault("videocodec", "h264").toLowerCase(Locale.ROOT)) {
            case "h264" -> VideoCodec.H264;
            case "h265" -> VideoCodec.H265;
            case "jpeg", "mjpeg" -> VideoCodec.MJPEG;
            case "av1" -> VideoCodec.AV1;
            default -> throw bad("videocodec '" + q.get("videocodec") + "' is not supported; valid: h264,h265,jpeg,av1");
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
        VideoEncoderConfig enc;
        try {
            // GOP and bitrate control as every stream consumer maps them (one encoder per distinct config)
            enc = EncoderArgs.apply(VideoEncoderConfig.of(codec, resolution.width(), resolution.height(), effectiveFps)
                    .withCompression(compression), q);
            enc = enc.withZipstream(liveZipstream(codec, enc.zipstream(), bFrames));
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        boolean video = flag(q, "video", true);
        Optional<AudioCodec> audio = Optional.empty();
        Optional<AudioCodec> asked = audioCodec(q.get("audiocodec"));
        if (flag(q, "audio", false) && audioDefault.isPresent()) {
            audio = Optional.of(asked.orElse(audioDefault.get()));
        }
        boolean event = onOff(q, "event");
        if (!video && audio.isEmpty() && !event) {
            throw bad("video=0 leaves nothing to stream: add audio=1" + (audioDefault.isEmpty()
                    ? " (audio is disabled in the audio settings)" : ""));
        }
        return new StreamChoice(codec, new VideoStreamConfig(enc, rotation), effectiveFps, video, audio, event);
    }

    private static Optional<AudioCodec> audioCodec(String v) throws RtspError {
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(switch (v.toLowerCase(Locale.ROOT)) {
            case "aac" -> AudioCodec.AAC_LC;
            case "opus" -> AudioCodec.OPUS;
            case "g711", "pcmu" -> AudioCodec.PCMU;
            default -> throw bad("audiocodec '" + v + "' is not supported; valid: aac,opus,g711,pcmu");
        });
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

    private static boolean flag(Map<String, String> q, String name, boolean fallback) throws RtspError {
        return intArg(q, name, fallback ? 1 : 0, 0, 1) == 1;
    }

    private static boolean onOff(Map<String, String> q, String name) throws RtspError {
        String v = q.getOrDefault(name, "off").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "on", "1", "yes" -> true;
            case "off", "0", "no" -> false;
            default -> throw bad(name + " '" + q.get(name) + "' is not supported; valid: on,off");
        };
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
     * requests still share one encoder). "Optimize for storage" gives H.264 and H.265 B-frames
     * (RTP carries them in decoding order with presentation timestamps), except for the web client
     * and for AV1 (SVT-AV1's low-delay mode does not reorder): for those the flag is dropped, so they
     * share the encoder of the same stream without it.
     */
    private static Zipstream liveZipstream(VideoCodec codec, Zipstream z, boolean bFrames) {
        if (codec == VideoCodec.MJPEG) {
            if (z.active() || z.storage()) {
                LOG.info("Zipstream is not used for MJPEG; the stream is sent without it");
            }
            return Zipstream.OFF;
        }
        if (z.storage() && (!bFrames || codec == VideoCodec.AV1)) {
            LOG.info("Zipstream 'optimize for storage' (B-frames) is not used for {}",
                    bFrames ? "AV1" : "the web client's stream");
            return z.withStorage(false);
        }
        return z;
    }
}
