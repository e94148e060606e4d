package org.ptzcam.rtsp.rtp.metadata;

import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * Joins metadata packets until the marker bit; a gap in sequence numbers drops the document.
 * A document is bounded ({@link #MAX_DOCUMENT}); a longer one is dropped.
 */
public final class MetadataDepayloader implements RtpDepayloader {

    /** Largest document kept (1 MiB). */
    public static final int MAX_DOCUMENT = 1 << 20;

    private final ByteArrayOutputStream doc = new ByteArrayOutputStream();
    private int lastSequence = -1;
    private boolean spoiled;

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        if (lastSequence >= 0 && packet.sequence() != ((lastSequence + 1) & 0xffff)) {
            spoiled = true;
        }
        lastSequence = packet.sequence();
        int n = packet.payload().readableBytes();
        if (doc.size() + n > MAX_DOCUMENT) {
            spoiled = true;
        } else if (!spoiled) {
            doc.writeBytes(ByteBufUtil.getBytes(packet.payload()));
        }
        if (!packet.marker()) {
            return Optional.empty();
        }
        byte[] out = spoiled || doc.size() == 0 ? null : doc.toByteArray();
        doc.reset();
        spoiled = false;
        return Optional.ofNullable(out);
    }
}
