package org.ptzcam.rtsp.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ptzcam.rtsp.rtp.av1.Av1Depayloader;
import org.ptzcam.rtsp.rtp.h264.H264Depayloader;

/** A sender that never sets the marker cannot make a depayloader hold more than one unit's limit. */
class UnitBufferTest {

    @Test
    void bufferStopsAtItsLimitAndSaysSo() {
        UnitBuffer b = new UnitBuffer();
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 20; i++) {
            b.writeBytes(chunk);
        }
        assertThat(b.size()).isEqualTo(UnitBuffer.MAX_UNIT_BYTES);
        assertThat(b.overflowed()).isTrue();
        b.reset();
        assertThat(b.overflowed()).isFalse();
        b.write(1);
        assertThat(b.size()).isEqualTo(1);
    }

    @Test
    void h264UnitWithoutMarkerIsDroppedOnceTooLargeAndTheNextOneDecodes() {
        H264Depayloader d = new H264Depayloader();
        byte[] single = new byte[1400];
        single[0] = 0x41; // non-IDR slice, single NAL unit packet
        int seq = 0;
        int packets = UnitBuffer.MAX_UNIT_BYTES / 1400 + 10;
        for (int i = 0; i < packets; i++) {
            assertThat(d.depayload(packet(seq++, 1000, false, single))).isEmpty();
        }
        assertThat(d.depayload(packet(seq++, 1000, true, single))).as("over the limit: dropped").isEmpty();
        Optional<byte[]> next = d.depayload(packet(seq, 4000, true, single));
        assertThat(next).isPresent();
        assertThat(next.get()).hasSize(4 + 1400);
    }

    @Test
    void av1UnitWithoutMarkerIsDroppedOnceTooLarge() {
        Av1Depayloader d = new Av1Depayloader();
        byte[] obu = new byte[1400];
        obu[0] = 0x10; // aggregation header: W=1, one OBU element without a length field
        obu[1] = 0x32; // OBU header: frame OBU (type 6), no size field
        int seq = 0;
        for (int i = 0; i < UnitBuffer.MAX_UNIT_BYTES / 1398 + 10; i++) {
            d.depayload(packet(seq++, 1000, false, obu));
        }
        assertThat(d.depayload(packet(seq, 1000, true, obu))).isEmpty();
    }

    private static RtpPacket packet(int seq, long ts, boolean marker, byte[] payload) {
        return new RtpPacket(96, marker, seq & 0xffff, ts, 1, Unpooled.wrappedBuffer(payload));
    }
}
