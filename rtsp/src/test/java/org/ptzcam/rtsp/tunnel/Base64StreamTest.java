package org.ptzcam.rtsp.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64StreamTest {

    private static final String REQUESTS = "OPTIONS rtsp://h/axis-media/media.amp RTSP/1.0\r\nCSeq: 1\r\n\r\n";

    /** Each request encoded on its own (ffmpeg's way), concatenated, then cut every {@code step} bytes. */
    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 64, 10_000})
    void decodesSeparatelyEncodedRequestsSplitAnywhere(int step) throws Exception {
        String a = REQUESTS;
        String b = "DESCRIBE rtsp://h/x RTSP/1.0\r\nCSeq: 222\r\n\r\n";      // length ≡ 1 mod 3: "==" padding
        String c = "GET_PARAMETER rtsp://h/x RTSP/1.0\r\nCSeq: 33\r\n\r\n"; // ≡ 2 mod 3: "=" padding
        String wire = enc(a) + enc(b) + "\r\n" + enc(c);
        assertThat(enc(b)).endsWith("==");
        assertThat(enc(c)).endsWith("=").doesNotEndWith("==");
        assertThat(decodeInChunks(wire, step)).isEqualTo(a + b + c);
    }

    @Test
    void reportsWhetherAQuadIsPending() throws Exception {
        Base64Stream s = new Base64Stream();
        s.decode(Unpooled.copiedBuffer("T1BU", StandardCharsets.US_ASCII), ByteBufAllocator.DEFAULT).release();
        assertThat(s.atBoundary()).isTrue();
        s.decode(Unpooled.copiedBuffer("SU", StandardCharsets.US_ASCII), ByteBufAllocator.DEFAULT).release();
        assertThat(s.atBoundary()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"T1B!", "T1BU\u0000", "=AAA", "A===", "AB=C", "OPTIONS rtsp://x RTSP/1.0"})
    void rejectsWhatIsNotBase64(String garbage) {
        ByteBuf in = Unpooled.copiedBuffer(garbage, StandardCharsets.ISO_8859_1);
        try {
            assertThatThrownBy(() -> new Base64Stream().decode(in, ByteBufAllocator.DEFAULT))
                    .isInstanceOf(MalformedBase64.class);
        } finally {
            in.release();
        }
    }

    private static String enc(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String decodeInChunks(String wire, int step) throws MalformedBase64 {
        Base64Stream s = new Base64Stream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = wire.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i += step) {
            ByteBuf chunk = Unpooled.wrappedBuffer(bytes, i, Math.min(step, bytes.length - i));
            ByteBuf decoded = s.decode(chunk, ByteBufAllocator.DEFAULT);
            byte[] d = new byte[decoded.readableBytes()];
            decoded.readBytes(d);
            decoded.release();
            out.writeBytes(d);
        }
        assertThat(s.atBoundary()).isTrue();
        return out.toString(StandardCharsets.US_ASCII);
    }
}
