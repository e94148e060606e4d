package org.ptzcam.rtsp.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer target for the RTCP compound decoder: any bytes either decode or are refused with
 * {@link MalformedRtcp} (nothing else is thrown, the buffer is not consumed or released), and what
 * decodes re-encodes to bytes that decode to the same packets. Seeds:
 * {@code src/test/resources/org/ptzcam/rtsp/rtcp/RtcpFuzzTestInputs/decode/}.
 */
class RtcpFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(byte[] input) {
        ByteBuf buf = Unpooled.wrappedBuffer(input);
        List<RtcpPacket> packets;
        try {
            packets = Rtcp.decode(buf);
        } catch (MalformedRtcp refused) {
            return;
        } finally {
            assertThat(buf.readerIndex()).as("decode only looks").isZero();
            assertThat(buf.refCnt()).isEqualTo(1);
            buf.release();
        }
        assertThat(packets).isNotEmpty();
        if (packets.stream().anyMatch(p -> p instanceof RtcpPacket.Other)) {
            return; // kept as is, not re-encodable by design
        }
        ByteBuf again = Rtcp.encode(packets);
        try {
            assertThat(Rtcp.decode(again)).as("decode(encode(decode(x))) = decode(x)").isEqualTo(packets);
        } catch (MalformedRtcp e) {
            throw new AssertionError("our own encoding of " + packets + " is refused: " + e.getMessage(), e);
        } finally {
            again.release();
        }
    }

    static Stream<byte[]> caseTable() {
        return Stream.concat(RtcpCaseTable.VALID.stream().map(RtcpCaseTable.Valid::bytes),
                RtcpCaseTable.INVALID.stream().map(RtcpCaseTable.Invalid::bytes));
    }

    @ParameterizedTest
    @MethodSource("caseTable")
    void caseTableHoldsTheProperty(byte[] bytes) {
        decode(bytes);
    }
}
