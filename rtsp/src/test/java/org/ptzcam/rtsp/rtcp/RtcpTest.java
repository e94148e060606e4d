package org.ptzcam.rtsp.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RtcpTest {

    static Stream<RtcpCaseTable.Valid> valid() {
        return RtcpCaseTable.VALID.stream();
    }

    static Stream<RtcpCaseTable.Valid> canonical() {
        return valid().filter(RtcpCaseTable.Valid::canonical);
    }

    static Stream<RtcpCaseTable.Invalid> invalid() {
        return RtcpCaseTable.INVALID.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void decodes(RtcpCaseTable.Valid c) throws MalformedRtcp {
        ByteBuf buf = Unpooled.wrappedBuffer(c.bytes());
        assertThat(Rtcp.decode(buf)).containsExactlyElementsOf(c.packets());
        assertThat(buf.readerIndex()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonical")
    void encodesToTheSameBytes(RtcpCaseTable.Valid c) {
        ByteBuf out = Rtcp.encode(c.packets());
        try {
            assertThat(ByteBufUtil.hexDump(out)).isEqualTo(c.hex().replace(" ", ""));
            assertThat(out.readableBytes() % 4).isZero();
        } finally {
            out.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refuses(RtcpCaseTable.Invalid c) {
        assertThatThrownBy(() -> Rtcp.decode(Unpooled.wrappedBuffer(c.bytes()))).isInstanceOf(MalformedRtcp.class);
    }

    @Test
    void randomBytesNeverThrowAnythingButMalformed() {
        SplittableRandom random = new SplittableRandom(42);
        byte[] valid = RtcpCaseTable.VALID.get(2).bytes();
        for (int i = 0; i < 20_000; i++) {
            byte[] b;
            if (i % 2 == 0) {
                b = new byte[random.nextInt(80)];
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) random.nextInt(256);
                }
                if (b.length > 1 && random.nextBoolean()) {
                    b[0] = (byte) (0x80 | (b[0] & 0x3f));
                    b[1] = (byte) (200 + random.nextInt(5));
                }
            } else {
                b = valid.clone();
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            }
            try {
                Rtcp.decode(Unpooled.wrappedBuffer(b));
            } catch (MalformedRtcp expected) {
                // fine
            }
        }
    }

    @Test
    void encodingTooManyItemsOrLongTextIsRefused() {
        assertThatThrownBy(() -> Rtcp.encode(List.of(new RtcpPacket.Bye(java.util.Collections.nCopies(32, 1L), ""))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rtcp.encode(List.of(new RtcpPacket.SourceDescription(
                List.of(new RtcpPacket.SdesChunk(1, "x".repeat(256))))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ntpTimeOfKnownInstants() {
        // 1970-01-01T00:00:00Z is NTP second 2208988800
        assertThat(NtpTime.fromUnixNanos(0)).isEqualTo(2_208_988_800L << 32);
        // half a second is fraction 0x80000000
        assertThat(NtpTime.fromUnixNanos(500_000_000L)).isEqualTo((2_208_988_800L << 32) | 0x8000_0000L);
        Instant t = Instant.parse("2026-11-25T14:00:00.123456789Z");
        long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        long ntp = NtpTime.fromUnixNanos(nanos);
        assertThat(ntp >>> 32).isEqualTo(t.getEpochSecond() + 2_208_988_800L);
        assertThat(NtpTime.toUnixNanos(ntp)).isBetween(nanos - 1, nanos);
        assertThat(NtpTime.middle32(0x1122_3344_5566_7788L)).isEqualTo(0x3344_5566L);
    }
}
