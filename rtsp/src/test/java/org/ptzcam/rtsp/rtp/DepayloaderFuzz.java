package org.ptzcam.rtsp.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The property every depayloader fuzz target checks: RTP packet bytes in any order and shape go
 * through {@link RtpPacket#parse} (which may refuse them with its documented
 * IllegalArgumentException) and {@link RtpDepayloader#depayload} (which documents no exception:
 * bad packets drop their unit); units that come out have the format's shape; every buffer
 * reference is given back.
 *
 * <p>Fuzz input format (also the seed files'): packets one after another, each as a 16-bit
 * big-endian length and that many bytes of an RTP packet.
 */
public final class DepayloaderFuzz {

    private DepayloaderFuzz() {
    }

    public static int run(RtpDepayloader depayloader, byte[] input, Consumer<byte[]> unitShape) {
        ByteBuf in = Unpooled.wrappedBuffer(input);
        int units = 0;
        while (in.readableBytes() >= 2) {
            int length = Math.min(in.readUnsignedShort(), in.readableBytes());
            ByteBuf wire = in.readSlice(length);
            RtpPacket p;
            try {
                p = RtpPacket.parse(wire);
            } catch (IllegalArgumentException notRtp) {
                continue; // documented: not an RTP v2 packet
            }
            try {
                var unit = depayloader.depayload(p);
                if (unit.isPresent()) {
                    unitShape.accept(unit.get());
                    units++;
                }
            } finally {
                p.payload().release();
            }
        }
        assertThat(in.refCnt()).as("every payload slice released").isEqualTo(1);
        in.release();
        return units;
    }

    /** Annex-B units: start with a 4-byte start code. */
    public static void annexB(byte[] unit) {
        assertThat(unit.length).isGreaterThan(4);
        assertThat(unit).startsWith(0, 0, 0, 1);
    }

    /** The seed format for packets a payloader made for {@code unit}. */
    public static byte[] seed(RtpPayloader payloader, byte[] unit, int frames) {
        RtpStream stream = new RtpStream(payloader, 96, new Random(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int f = 0; f < frames; f++) {
            for (RtpPacket p : stream.packetize(ByteBuffer.wrap(unit).asReadOnlyBuffer(), 3000L * f)) {
                ByteBuf wire = p.encode();
                out.write(wire.readableBytes() >> 8);
                out.write(wire.readableBytes());
                byte[] b = new byte[wire.readableBytes()];
                wire.readBytes(b);
                out.writeBytes(b);
                wire.release(); // encode() took over the payload reference
            }
        }
        return out.toByteArray();
    }

    /** {@code seed} with packets dropped, duplicated and swapped (chosen from {@code random}). */
    public static byte[] damaged(byte[] seed, Random random) {
        List<byte[]> packets = new ArrayList<>();
        ByteBuf in = Unpooled.wrappedBuffer(seed);
        while (in.readableBytes() >= 2) {
            int len = in.readUnsignedShort();
            byte[] p = new byte[len + 2];
            p[0] = (byte) (len >> 8);
            p[1] = (byte) len;
            in.readBytes(p, 2, len);
            packets.add(p);
        }
        for (int i = 0; i < 1 + packets.size() / 4 && packets.size() > 1; i++) {
            int a = random.nextInt(packets.size());
            switch (random.nextInt(3)) {
                case 0 -> packets.remove(a);
                case 1 -> packets.add(a, packets.get(a));
                default -> {
                    int b = random.nextInt(packets.size());
                    byte[] t = packets.get(a);
                    packets.set(a, packets.get(b));
                    packets.set(b, t);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packets.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
