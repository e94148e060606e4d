package org.ptzcam.http.video;

import java.util.List;
import java.util.Optional;
import org.ptzcam.codec.video.BitrateControl;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.media.pipeline.EncoderArgs;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.http.cgi.CgiParams;

/**
 * The image arguments of image.cgi, video.cgi and imagesize.cgi (vapix.md §6), validated against
 * what the capture mode offers. Missing arguments take the Image/Stream defaults; unknown ones
 * (a player's {@code timestamp} cache-buster) are ignored, as on the hardware.
 *
 * @param fps        0 = as fast as the capture mode allows
 * @param nbrOfFrames 0 = no limit
 * @param duration   seconds, 0 = no limit
 * @param bitrate    bitrate control of MJPEG streams (snapshots ignore it)
 */
record VideoRequest(Resolution resolution, int rotation, int compression, int fps, long nbrOfFrames, long duration,
        BitrateControl bitrate) {

    static VideoRequest parse(CgiParams params, CaptureSettings capture, int defaultCompression)
            throws VideoRequestException {
        String camera = params.first("camera").orElse("1");
        if (!camera.equals("1")) {
            throw new VideoRequestException("Error: camera '" + camera + "' does not exist; this camera has camera=1");
        }
        int rotation = intArg(params, "rotation", capture.rotation(), 0, 270);
        if (!CaptureSettings.ROTATIONS.contains(rotation)) {
            throw new VideoRequestException("Error: rotation " + rotation + " is not supported; valid: 0,90,180,270");
        }
        List<Resolution> offered = offered(capture, rotation);
        Resolution resolution = resolution(params.first("resolution"), offered);
        int compression = intArg(params, "compression", defaultCompression, 0, 100);
        int fps = intArg(params, "fps", 0, 0, capture.maxFps());
        long frames = intArg(params, "nbrofframes", 0, 0, Integer.MAX_VALUE);
        long duration = intArg(params, "duration", 0, 0, Integer.MAX_VALUE);
        BitrateControl bitrate;
        try {
            bitrate = EncoderArgs.bitrateControl(asMap(params));
        } catch (IllegalArgumentException e) {
            throw new VideoRequestException("Error: " + e.getMessage());
        }
        return new VideoRequest(resolution, rotation, compression, fps, frames, duration, bitrate);
    }

    private static java.util.Map<String, String> asMap(CgiParams params) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        params.entries().forEach(e -> map.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        return map;
    }

    /** The resolutions offered for a rotation (the capture settings list them for the configured one). */
    static List<Resolution> offered(CaptureSettings capture, int rotation) {
        return capture.offeredResolutions().stream()
                .map(r -> r.rotated(capture.rotation()).rotated(rotation)).toList();
    }

    private static Resolution resolution(Optional<String> asked, List<Resolution> offered)
            throws VideoRequestException {
        if (asked.isEmpty()) {
            return offered.get(0);
        }
        String valid = String.join(",", offered.stream().map(Resolution::toString).toList());
        try {
            Resolution r = Resolution.parse(asked.get());
            if (offered.contains(r)) {
                return r;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the valid list
        }
        throw new VideoRequestException("Error: resolution '" + asked.get() + "' is not supported; valid: " + valid);
    }

    private static int intArg(CgiParams params, String name, int fallback, int min, int max)
            throws VideoRequestException {
        Optional<String> v = params.first(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VideoRequestException("Error: " + name + " '" + v.get() + "' is out of range " + min + ".." + max);
    }

    /** The encoder frame rate: the asked one, or the capture mode's maximum. */
    int effectiveFps(CaptureSettings capture) {
        return fps == 0 ? capture.maxFps() : fps;
    }
}
