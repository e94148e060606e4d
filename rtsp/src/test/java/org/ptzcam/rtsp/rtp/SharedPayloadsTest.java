package org.ptzcam.rtsp.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ptzcam.rtsp.rtp.h264.H264Payloader;
import org.ptzcam.rtsp.rtp.h265.H265Payloader;
import org.ptzcam.rtsp.rtp.jpeg.JpegPayloader;

/**
 * Payloads cut once and shared must give every session exactly the packets it would have cut
 * itself, with its own header, in direct memory, and free their bytes once every slice is gone.
 */
class SharedPayloadsTest {

    private static byte[] h264Unit() {
        return NalCases.annexB(List.of(NalCases.nal(20, 1, 0x67), NalCases.nal(4, 2, 0x68),
                NalCases.nal(5000, 3, 0x65), NalCases.nal(300, 4, 0x06)));
    }

    @Test
    void sharedPacketsEqualPrivatelyCutOnes() {
        byte[] unit = h264Unit();
        RtpStream a = new RtpStream(new H264Payloader(), 96, new Random(7));
        RtpStream b = new RtpStream(new H264Payloader(), 96, new Random(7));
        List<byte[]> own = encodeAll(a.packetize(ByteBuffer.wrap(unit), 3000));
        try (SharedPayloads shared = b.share(ByteBuffer.wrap(unit), ByteBufAllocator.DEFAULT)) {
            List<byte[]> fromShared = encodeAll(b.packetize(shared, 3000));
            assertThat(fromShared).hasSameSizeAs(own).hasSize(shared.count());
            for (int i = 0; i < own.size(); i++) {
                assertThat(fromShared.get(i)).as("packet %d", i).isEqualTo(own.get(i));
            }
        }
        assertThat(a.nextSequence()).isEqualTo(b.nextSequence());
        assertThat(a.octetCount()).isEqualTo(b.octetCount());
    }

    @Test
    void sessionsKeepTheirOwnHeaders() {
        byte[] unit = h264Unit();
        RtpStream one = new RtpStream(new H264Payloader(), 96, new Random(1));
        RtpStream two = new RtpStream(new H264Payloader(), 96, new Random(2));
        try (SharedPayloads shared = one.share(ByteBuffer.wrap(unit), ByteBufAllocator.DEFAULT)) {
            List<RtpPacket> p1 = one.packetize(shared, 0);
            List<RtpPacket> p2 = two.packetize(shared, 0);
            assertThat(p1.get(0).ssrc()).isNotEqualTo(p2.get(0).ssrc());
            for (int i = 0; i < p1.size(); i++) {
                RtpPacket x = p1.get(i);
                RtpPacket y = p2.get(i);
                assertThat(ByteBufUtil.equals(x.payload(), y.payload())).isTrue();
                assertThat(x.marker()).isEqualTo(i == p1.size() - 1);
            }
            p1.forEach(p -> p.payload().release());
            p2.forEach(p -> p.payload().release());
        }
    }

    @Test
    void interleavedFrameIsDirectAndFramed() {
        RtpStream s = new RtpStream(new H264Payloader(), 96, new Random(3));
        try (SharedPayloads shared = s.share(ByteBuffer.wrap(h264Unit()), ByteBufAllocator.DEFAULT)) {
            RtpPacket p = s.packetize(shared, 90).get(2);
            ByteBuf framed = p.encodeInterleaved(4);
            try {
                assertThat(framed.isDirect()).as("gathering write without a copy").isTrue();
                assertThat(framed.getByte(0)).isEqualTo((byte) '$');
                assertThat(framed.getUnsignedByte(1)).isEqualTo((short) 4);
                assertThat(framed.getUnsignedShort(2)).isEqualTo(framed.readableBytes() - 4);
                RtpPacket back = RtpPacket.parse(framed.slice(4, framed.readableBytes() - 4));
                assertThat(back.sequence()).isEqualTo(p.sequence());
                assertThat(back.timestamp()).isEqualTo(p.timestamp());
                assertThat(back.payload().readableBytes()).isEqualTo(shared.length(2));
                back.payload().release();
            } finally {
                framed.release();
            }
        }
    }

    @Test
    void bytesLiveUntilTheLastSliceIsReleased() {
        RtpStream s = new RtpStream(new H265Payloader(), 96, new Random(4));
        byte[] unit = NalCases.annexB(List.of(NalCases.nal(4000, 5, 0x26, 0x01)));
        SharedPayloads shared = s.share(ByteBuffer.wrap(unit), ByteBufAllocator.DEFAULT);
        List<RtpPacket> packets = s.packetize(shared, 0);
        shared.close(); // the access unit is freed while packets are still queued
        ByteBuf first = packets.get(0).payload();
        assertThat(first.refCnt()).isPositive();
        assertThat(first.getByte(0) & 0x7e).as("FU type 49 in the NAL header").isEqualTo(49 << 1);
        packets.forEach(p -> p.payload().release());
        assertThat(first.refCnt()).isZero();
    }

    @Test
    void aUnitTheFormatCannotCarryIsRefused() {
        RtpStream s = new RtpStream(new JpegPayloader(), 26, new Random(5));
        assertThatThrownBy(() -> s.share(ByteBuffer.wrap(new byte[] {1, 2, 3}), ByteBufAllocator.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysSayWhichPayloadersCutAlike() {
        assertThat(new H264Payloader().sharingKey()).isEqualTo(new H264Payloader().sharingKey());
        assertThat(new H264Payloader(1000).sharingKey()).isNotEqualTo(new H264Payloader().sharingKey());
        assertThat(new H265Payloader().sharingKey()).isNotEqualTo(new H264Payloader().sharingKey());
    }

    private static List<byte[]> encodeAll(List<RtpPacket> packets) {
        List<byte[]> out = new ArrayList<>();
        for (RtpPacket p : packets) {
            ByteBuf b = p.encode();
            out.add(ByteBufUtil.getBytes(b));
            b.release();
        }
        return out;
    }
}
