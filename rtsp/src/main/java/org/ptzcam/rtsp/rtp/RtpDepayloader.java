package org.ptzcam.rtsp.rtp;

import java.util.List;
import java.util.Optional;

/**
 * Rebuilds access units from the RTP packets of one payload format (for tests, and for clients
 * such as a future RTSP source). Lost or reordered packets drop the unit they belong to.
 */
public interface RtpDepayloader {

    /** Consumes one packet (does not release it); returns a unit when the packet completed one. */
    Optional<byte[]> depayload(RtpPacket packet);

    /**
     * Consumes one packet and returns every unit it completed, in order — formats that aggregate
     * several units in one packet (AAC) override this; {@link #depayload} then gives the first.
     */
    default List<byte[]> depayloadAll(RtpPacket packet) {
        return depayload(packet).map(List::of).orElse(List.of());
    }
}
