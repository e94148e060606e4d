package org.ptzcam.rtsp.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One media description ({@code m=} section) of a session description.
 *
 * @param media       {@code video}, {@code audio} or {@code application}
 * @param payloadType RTP payload type (26 for JPEG, 96..127 dynamic)
 * @param rtpmap      e.g. {@code H264/90000}; null to leave it out (static payload types)
 * @param fmtp        format parameters without the {@code a=fmtp:PT } prefix; null for none
 * @param control     the track's control URL, relative ({@code trackID=1}) or absolute
 * @param attributes  further {@code a=} lines without the {@code a=}, e.g. {@code framerate:30}
 */
public record SdpMedia(String media, int payloadType, String rtpmap, String fmtp, String control,
        List<String> attributes) {

    public SdpMedia {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(control, "control");
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type must be 0..127: " + payloadType);
        }
        attributes = List.copyOf(attributes);
    }

    /** The section's lines, {@code m=} first, port 0 (RTSP unicast: ports come from SETUP). */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("m=" + media + " 0 RTP/AVP " + payloadType);
        lines.add("c=IN IP4 0.0.0.0");
        lines.add("a=control:" + control);
        if (rtpmap != null) {
            lines.add("a=rtpmap:" + payloadType + " " + rtpmap);
        }
        if (fmtp != null) {
            lines.add("a=fmtp:" + payloadType + " " + fmtp);
        }
        attributes.forEach(a -> lines.add("a=" + a));
        return lines;
    }
}
