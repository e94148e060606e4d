package org.ptzcam.rtsp.rtp.jpeg;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * Rebuilds baseline JPEG files from RFC 2435 packets with in-band tables (Q 128..255), the way
 * RFC 2435 Appendix A describes: SOI, DQT, SOF0, the standard DHT, DRI for types 64/65, SOS, the
 * scan and EOI. Q below 128 (scaled standard tables) is not supported: the frame is dropped.
 */
public final class JpegDepayloader implements RtpDepayloader {

    private final ByteArrayOutputStream scan = new ByteArrayOutputStream();
    private byte[] tables;
    private int type;
    private int width;
    private int height;
    private int restartInterval;
    private boolean broken = true;

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        ByteBuf p = packet.payload();
        int start = p.readerIndex();
        int pos = start;
        int end = pos + p.readableBytes();
        if (end - pos < 8) {
            broken = true;
        } else {
            int offset = p.getUnsignedMedium(pos + 1);
            int t = p.getUnsignedByte(pos + 4);
            int q = p.getUnsignedByte(pos + 5);
            pos += 8;
            int interval = 0;
            boolean truncated = false;
            if (t >= 64 && t < 128) {
                truncated = pos + 4 > end; // types 64..127 carry a restart marker header
                interval = truncated ? 0 : p.getUnsignedShort(pos);
                pos += 4;
            }
            if (truncated) {
                broken = true;
            } else if (offset == 0) {
                scan.reset();
                broken = false;
                type = t;
                width = p.getUnsignedByte(start + 6) * 8;
                height = p.getUnsignedByte(start + 7) * 8;
                restartInterval = interval;
                if (q < 128 || pos + 4 > end) {
                    broken = true;
                } else {
                    int length = p.getUnsignedShort(pos + 2);
                    if (length != 128 || pos + 4 + length > end) {
                        broken = true;
                    } else {
                        tables = new byte[128];
                        p.getBytes(pos + 4, tables);
                        pos += 4 + length;
                    }
                }
            } else if (offset != scan.size()) {
                broken = true;
            }
            if (!broken && pos <= end) {
                byte[] data = new byte[end - pos];
                p.getBytes(pos, data);
                scan.writeBytes(data);
            }
        }
        if (!packet.marker()) {
            return Optional.empty();
        }
        boolean ok = !broken && tables != null;
        broken = true;
        return ok ? Optional.of(jpeg()) : Optional.empty();
    }

    private byte[] jpeg() {
        ByteArrayOutputStream o = new ByteArrayOutputStream(scan.size() + 700);
        o.write(0xff);
        o.write(JpegFrame.SOI);
        segment(o, JpegFrame.DQT, concat(new byte[] {0}, slice(tables, 0), new byte[] {1}, slice(tables, 64)));
        int luma = (type & 63) == 1 ? 0x22 : 0x21;
        segment(o, JpegFrame.SOF0, new byte[] {8, (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
            3, 1, (byte) luma, 0, 2, 0x11, 1, 3, 0x11, 1});
        o.writeBytes(HuffmanTables.standardSegment());
        if (restartInterval > 0) {
            segment(o, JpegFrame.DRI, new byte[] {(byte) (restartInterval >> 8), (byte) restartInterval});
        }
        segment(o, JpegFrame.SOS, new byte[] {3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0});
        o.writeBytes(scan.toByteArray());
        o.write(0xff);
        o.write(JpegFrame.EOI);
        return o.toByteArray();
    }

    private static void segment(ByteArrayOutputStream o, int marker, byte[] body) {
        o.write(0xff);
        o.write(marker);
        o.write((body.length + 2) >> 8);
        o.write(body.length + 2);
        o.writeBytes(body);
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, from + 64);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }
}
