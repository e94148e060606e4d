package org.ptzcam.rtsp.rtp.h265;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.rtsp.rtp.NalCases;
import org.ptzcam.rtsp.rtp.RoundTrip;

class H265RoundTripTest {

    static Stream<H265CaseTable.Case> cases() {
        return H265CaseTable.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadThenDepayloadGivesTheSameNalUnits(H265CaseTable.Case c) {
        byte[] unit = NalCases.annexB(c.nals());
        RoundTrip.Result r = RoundTrip.run(new H265Payloader(H265CaseTable.MAX), new H265Depayloader(), unit,
                H265CaseTable.MAX);
        assertThat(r.packets()).hasSize(c.packets());
        assertThat(NalCases.split(r.unit())).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(c.nals());
    }

    @Test
    void fragmentationUnitHeaders() {
        byte[] unit = NalCases.annexB(List.of(NalCases.nal(3000, 1, 0x26, 0x01)));
        List<ByteBuf> p = new H265Payloader(1400).payload(ByteBuffer.wrap(unit));
        assertThat(p).hasSize(3);
        assertThat(p.get(0).getByte(0) & 0xff).isEqualTo(49 << 1);
        assertThat(p.get(0).getByte(1) & 0xff).isEqualTo(0x01);
        assertThat(p.get(0).getByte(2) & 0xff).isEqualTo(0x80 | 19);
        assertThat(p.get(2).getByte(2) & 0xff).isEqualTo(0x40 | 19);
        p.forEach(ByteBuf::release);
    }
}
