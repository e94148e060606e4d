package org.ptzcam.rtsp.rtp.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.rtsp.rtp.DepayloaderFuzz;

/**
 * Jazzer target: any RTP packet sequence through the RFC 2435 depayloader (see
 * {@link DepayloaderFuzz}); frames that come out are SOI … EOI. Seeds:
 * {@code src/test/resources/org/ptzcam/rtsp/rtp/jpeg/JpegDepayloaderFuzzTestInputs/}.
 */
class JpegDepayloaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void packets(byte[] input) {
        DepayloaderFuzz.run(new JpegDepayloader(), input, JpegDepayloaderFuzzTest::jpegShape);
    }

    static void jpegShape(byte[] jpeg) {
        assertThat(jpeg).startsWith(0xff, 0xd8);
        assertThat(jpeg).endsWith(0xff, 0xd9);
    }

    static Stream<JpegCaseTable.Case> cases() {
        return JpegCaseTable.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseTableSequences(JpegCaseTable.Case c) {
        byte[] jpeg = TestJpegs.jpeg(c.width(), c.height(), c.optimizedHuffman(), c.restartInterval());
        byte[] seed = DepayloaderFuzz.seed(new JpegPayloader(JpegCaseTable.MAX), jpeg, 2);
        assertThat(DepayloaderFuzz.run(new JpegDepayloader(), seed, JpegDepayloaderFuzzTest::jpegShape)).isEqualTo(2);
        Random random = new Random(c.name().hashCode());
        for (int i = 0; i < 20; i++) {
            assertThat(DepayloaderFuzz.run(new JpegDepayloader(), DepayloaderFuzz.damaged(seed, random),
                    JpegDepayloaderFuzzTest::jpegShape)).isBetween(0, 3);
        }
    }
}
