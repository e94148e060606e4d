package org.ptzcam.rtsp.sdp;

import java.util.List;

/** The ONVIF metadata track ({@code event=on}): XML {@code tt:MetadataStream} documents over RTP. */
public final class MetadataMedia {

    /** Dynamic payload type of the metadata track (as the ONVIF examples use). */
    public static final int PT = 107;

    private MetadataMedia() {
    }

    public static SdpMedia onvif(String control) {
        return new SdpMedia("application", PT, "vnd.onvif.metadata/90000", null, control, List.of());
    }
}
