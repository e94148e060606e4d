package org.ptzcam.visca.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the three decoders a network peer can reach. {@code mvn test} runs it in regression mode
 * over the seed corpus (every vector of {@link ViscaCases}); {@code JAZZER_FUZZ=1} fuzzes for real (5 min):
 * {@code JAZZER_FUZZ=1 mvn -o -pl visca test -Dtest=ViscaDecoderFuzzTest#decoders}.
 */
class ViscaDecoderFuzzTest {
    /** The corpus directory Jazzer reads in regression mode (module directory = working directory). */
    private static final Path CORPUS =
            Path.of("src/test/resources/org/ptzcam/visca/codec/ViscaDecoderFuzzTestInputs/decoders");

    @FuzzTest
    void decoders(byte[] data) {
        DecodeResult r = RequestDecoder.decode(data);
        assertThat(r).isNotNull();
        if (r instanceof DecodeResult.Ok ok) {
            // whatever decodes must survive our own encoder: no silent loss of meaning
            byte[] again = RequestEncoder.encode(ok.receiver(), ok.request());
            assertThat(RequestDecoder.decode(again)).isEqualTo(new DecodeResult.Ok(0, ok.receiver(), ok.request()));
        }
        ReplyDecoder.Decoded reply = ReplyDecoder.decode(data);
        if (reply != null) {
            int address = reply.cameraAddress() == 0 ? 1 : reply.cameraAddress();
            assertThat(ReplyDecoder.decode(ReplyEncoder.encode(address, reply.reply()))).isEqualTo(reply);
        }
        IpFrameDecoder.Result frame = IpFrameDecoder.decode(data);
        assertThat(frame).isNotNull();
        if (frame instanceof IpFrameDecoder.Frame f) {
            assertThat(f.frame().encode()).isEqualTo(data);
        }
    }

    @Test
    void theCorpusHoldsEveryVectorOfTheCaseTable() throws IOException {
        Map<String, byte[]> missing = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> seed : seeds().entrySet()) {
            Path file = CORPUS.resolve(seed.getKey());
            if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), seed.getValue())) {
                missing.put(seed.getKey(), seed.getValue());
            }
        }
        if (!missing.isEmpty() && Boolean.getBoolean("visca.writeSeeds")) {
            Files.createDirectories(CORPUS);
            for (Map.Entry<String, byte[]> m : missing.entrySet()) {
                Files.write(CORPUS.resolve(m.getKey()), m.getValue());
            }
            return;
        }
        assertThat(missing.keySet()).as("seed files missing from %s; write them with -Dvisca.writeSeeds=true", CORPUS)
                .isEmpty();
    }

    /** File name (kind and hex) → bytes, for every vector of the case table. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        ViscaCases.REQUESTS.forEach(c -> seeds.put(name("request", c.bytes()), c.bytes()));
        ViscaCases.REPLIES.forEach(c -> seeds.put(name("reply", c.bytes()), c.bytes()));
        ViscaCases.BAD.forEach(c -> seeds.put(name("bad", c.bytes()), c.bytes()));
        ViscaCases.FRAMES.forEach(c -> seeds.put(name("frame", c.bytes()), c.bytes()));
        ViscaCases.MALFORMED_FRAMES.forEach(c -> seeds.put(name("malformed", c.bytes()), c.bytes()));
        return seeds;
    }

    private static String name(String kind, byte[] b) {
        return kind + "-" + (b.length == 0 ? "empty" : java.util.HexFormat.of().formatHex(b));
    }
}
