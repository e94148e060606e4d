package org.ptzcam.rtsp.sdp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An SDP session description (RFC 8866) for a live RTSP presentation: aggregate control
 * ({@code a=control:*}), open-ended live range ({@code a=range:npt=now-}), one section per track.
 *
 * @param sessionId  numeric session id for {@code o=} (NTP-ish, unique per presentation)
 * @param version    session version for {@code o=}
 * @param origin     the server's address as the client reached it
 * @param name       {@code s=} line
 * @param media      the tracks
 */
public record SessionDescription(long sessionId, long version, InetAddress origin, String name, List<SdpMedia> media) {

    public SessionDescription {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        media = List.copyOf(media);
    }

    /** The description as {@code application/sdp} text with CRLF line ends. */
    public String render() {
        String family = origin instanceof Inet6Address ? "IP6" : "IP4";
        List<String> lines = new ArrayList<>();
        lines.add("v=0");
        lines.add("o=- " + sessionId + " " + version + " IN " + family + " " + origin.getHostAddress());
        lines.add("s=" + name);
        lines.add("c=IN IP4 0.0.0.0");
        lines.add("t=0 0");
        lines.add("a=control:*");
        lines.add("a=range:npt=now-");
        media.forEach(m -> lines.addAll(m.lines()));
        return String.join("\r\n", lines) + "\r\n";
    }
}
