package org.ptzcam.rtsp.sdp;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.rtsp.rtp.av1.SequenceHeader;

/** Media sections for the video formats the camera streams over RTP. */
public final class VideoMedia {

    /** Dynamic payload type of H.264 and H.265 tracks. */
    public static final int DYNAMIC_PT = 96;
    /** Static payload type of JPEG (RFC 3551). */
    public static final int JPEG_PT = 26;

    private VideoMedia() {
    }

    /** H.264 (RFC 6184), packetization-mode 1, parameter sets out of band. */
    public static SdpMedia h264(ParameterSets ps, int fps, String control) {
        byte[] sps = ps.sps().orElseThrow(() -> new IllegalArgumentException("H.264 track needs an SPS"));
        byte[] pps = ps.pps().orElseThrow(() -> new IllegalArgumentException("H.264 track needs a PPS"));
        String fmtp = "packetization-mode=1;profile-level-id=" + ps.profileLevelId().orElseThrow()
                + ";sprop-parameter-sets=" + b64(sps) + "," + b64(pps);
        return new SdpMedia("video", DYNAMIC_PT, "H264/90000", fmtp, control, framerate(fps));
    }

    /** H.265 (RFC 7798), VPS/SPS/PPS out of band, no DON. */
    public static SdpMedia h265(ParameterSets ps, int fps, String control) {
        List<String> parts = new ArrayList<>();
        ps.vps().ifPresent(v -> parts.add("sprop-vps=" + b64(v)));
        parts.add("sprop-sps=" + b64(ps.sps().orElseThrow(() -> new IllegalArgumentException("H.265 track needs an SPS"))));
        parts.add("sprop-pps=" + b64(ps.pps().orElseThrow(() -> new IllegalArgumentException("H.265 track needs a PPS"))));
        return new SdpMedia("video", DYNAMIC_PT, "H265/90000", String.join(";", parts), control, framerate(fps));
    }

    /**
     * AV1 (AOM RTP payload spec §7): {@code AV1/90000}, with profile, level-idx and tier from the
     * sequence header when it is known.
     */
    public static SdpMedia av1(ParameterSets ps, int fps, String control) {
        String fmtp = ps.sequenceHeader().flatMap(SequenceHeader::parse).map(SequenceHeader::fmtp).orElse(null);
        return new SdpMedia("video", DYNAMIC_PT, "AV1/90000", fmtp, control, framerate(fps));
    }

    /** Motion JPEG (RFC 2435) on static payload type 26; the size is informational. */
    public static SdpMedia jpeg(int width, int height, int fps, String control) {
        List<String> attributes = new ArrayList<>(framerate(fps));
        attributes.add("framesize:" + JPEG_PT + " " + width + "-" + height);
        return new SdpMedia("video", JPEG_PT, "JPEG/90000", null, control, attributes);
    }

    private static List<String> framerate(int fps) {
        return fps > 0 ? List.of("framerate:" + fps) : List.of();
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
