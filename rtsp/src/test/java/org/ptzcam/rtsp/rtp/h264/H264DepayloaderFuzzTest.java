package org.ptzcam.rtsp.rtp.h264;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.rtsp.rtp.DepayloaderFuzz;
import org.ptzcam.rtsp.rtp.NalCases;

/**
 * Jazzer target: any RTP packet sequence through the H264 depayloader (see {@link DepayloaderFuzz}).
 * Seeds: {@code src/test/resources/org/ptzcam/rtsp/rtp/h264/H264DepayloaderFuzzTestInputs/}.
 */
class H264DepayloaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void packets(byte[] input) {
        DepayloaderFuzz.run(new H264Depayloader(), input, DepayloaderFuzz::annexB);
    }

    static Stream<H264CaseTable.Case> cases() {
        return H264CaseTable.CASES.stream();
    }

    /** The case table as seeds: whole units come out; damaged sequences only lose units. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseTableSequences(H264CaseTable.Case c) {
        byte[] seed = DepayloaderFuzz.seed(new H264Payloader(H264CaseTable.MAX), NalCases.annexB(c.nals()), 3);
        assertThat(DepayloaderFuzz.run(new H264Depayloader(), seed, DepayloaderFuzz::annexB)).isEqualTo(3);
        Random random = new Random(c.name().hashCode());
        for (int i = 0; i < 20; i++) {
            assertThat(DepayloaderFuzz.run(new H264Depayloader(), DepayloaderFuzz.damaged(seed, random),
                    DepayloaderFuzz::annexB)).isBetween(0, 4);
        }
    }
}
