package org.ptzcam.rtsp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz targets for the RTSP decoder. {@code mvn test} runs the seeds in
 * {@code src/test/resources/org/ptzcam/rtsp/message/RtspDecoderFuzzTestInputs/<method>/} (real
 * client requests) and the case tables; {@code JAZZER_FUZZ=1} fuzzes one target for real (see
 * the module README).
 */
class RtspDecoderFuzzTest {

    /** Small limits so that short fuzz inputs reach every limit check. */
    static final RtspLimits SMALL = new RtspLimits(64, 128, 4, 64);

    /** Any bytes, any split: see {@link DecoderRun} for the properties. */
    @FuzzTest(maxDuration = "5m")
    void requests(byte[] input) {
        DecoderRun.splitInvariant(RtspLimits.DEFAULT, input, DecoderRun.seedOf(input));
        DecoderRun.splitInvariant(SMALL, input, DecoderRun.seedOf(input) + 1);
    }

    /**
     * Requests and {@code $} frames interleaved as a client may send them (RTCP between
     * requests): every frame and request comes out exactly as sent, in order.
     */
    @FuzzTest(maxDuration = "5m")
    void interleaved(FuzzedDataProvider data) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        int items = 0;
        while (data.remainingBytes() > 0 && items++ < 40) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    RequestCases.Case c = data.pickValue(RequestCases.CASES);
                    wire.writeBytes(c.wire().getBytes(StandardCharsets.ISO_8859_1));
                    expected.add("request " + c.method() + " " + c.uri());
                }
                case 1 -> wire.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1)); // between messages
                default -> {
                    int channel = data.consumeInt(0, 255);
                    byte[] packet = data.consumeBytes(data.consumeInt(0, 1500));
                    wire.write('$');
                    wire.write(channel);
                    wire.write(packet.length >> 8);
                    wire.write(packet.length);
                    wire.writeBytes(packet);
                    expected.add("frame " + channel + " " + java.util.HexFormat.of().formatHex(packet));
                }
            }
        }
        byte[] input = wire.toByteArray();
        List<String> out = DecoderRun.run(RtspLimits.DEFAULT, input, DecoderRun.splits(input.length, data.consumeLong()));
        assertThat(out.stream().map(RtspDecoderFuzzTest::shortForm).toList()).isEqualTo(expected);
    }

    private static String shortForm(String described) {
        if (!described.startsWith("request ")) {
            return described;
        }
        String[] parts = described.split(" ", 4);
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static Stream<String> caseTables() {
        return Stream.concat(RequestCases.CASES.stream().map(RequestCases.Case::wire),
                RequestCases.GARBAGE.stream().map(RequestCases.Bad::wire));
    }

    /** The decoder tests' case tables are seeds too (good and bad requests, one after another). */
    @ParameterizedTest
    @MethodSource("caseTables")
    void caseTablesHoldTheProperties(String wire) {
        byte[] one = wire.getBytes(StandardCharsets.ISO_8859_1);
        requests(one);
        byte[] twice = (wire + wire).getBytes(StandardCharsets.ISO_8859_1);
        requests(twice);
    }
}
