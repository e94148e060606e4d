package org.ptzcam.rtsp.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RtspDecoderTest {

    static Stream<RequestCases.Case> cases() {
        return RequestCases.CASES.stream();
    }

    static Stream<RequestCases.Bad> garbage() {
        return RequestCases.GARBAGE.stream();
    }

    private static ByteBuf bytes(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.ISO_8859_1);
    }

    private static List<Object> drain(EmbeddedChannel ch) {
        List<Object> out = new ArrayList<>();
        Object m;
        while ((m = ch.readInbound()) != null) {
            out.add(m);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesRealClientRequests(RequestCases.Case c) {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        ch.writeInbound(bytes(c.wire()));
        List<Object> out = drain(ch);
        assertThat(out).hasSize(1);
        RtspRequest r = (RtspRequest) out.get(0);
        assertThat(r.method()).isEqualTo(c.method());
        assertThat(r.uri()).isEqualTo(c.uri());
        assertThat(r.cseq().orElse(null)).isEqualTo(c.cseq());
        assertThat(r.headers().size()).isEqualTo(c.headers());
        assertThat(r.body()).hasSize(c.bodyLength());
        assertThat(ch.finishAndReleaseAll()).isFalse();
    }

    @ParameterizedTest(name = "{0} byte by byte")
    @MethodSource("cases")
    void decodesRequestsSplitIntoSingleBytes(RequestCases.Case c) {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        byte[] wire = c.wire().getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : wire) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        List<Object> out = drain(ch);
        assertThat(out).hasSize(1);
        assertThat(((RtspRequest) out.get(0)).uri()).isEqualTo(c.uri());
        ch.finishAndReleaseAll();
    }

    @Test
    void decodesAllCasesBackToBackInOneBuffer() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        StringBuilder all = new StringBuilder();
        RequestCases.CASES.forEach(c -> all.append(c.wire()));
        ch.writeInbound(bytes(all.toString()));
        List<Object> out = drain(ch);
        assertThat(out).map(o -> ((RtspRequest) o).method())
                .containsExactlyElementsOf(RequestCases.CASES.stream().map(RequestCases.Case::method).toList());
        ch.finishAndReleaseAll();
    }

    @Test
    void splitsInterleavedFramesFromRequests() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        ByteBuf wire = Unpooled.buffer();
        wire.writeBytes(new byte[] {'$', 1, 0, 3, 10, 20, 30});
        wire.writeCharSequence("GET_PARAMETER * RTSP/1.0\r\nCSeq: 5\r\n\r\n", StandardCharsets.US_ASCII);
        wire.writeBytes(new byte[] {'$', 3, 0, 0});
        wire.writeBytes(new byte[] {'$', 0, 0, 2, 7}); // incomplete: second byte comes later
        ch.writeInbound(wire);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {8}));
        List<Object> out = drain(ch);
        assertThat(out).hasSize(4);
        InterleavedFrame f = (InterleavedFrame) out.get(0);
        assertThat(f.channel()).isEqualTo(1);
        assertThat(f.content().readableBytes()).isEqualTo(3);
        assertThat(f.content().getByte(2)).isEqualTo((byte) 30);
        assertThat(((RtspRequest) out.get(1)).method()).isEqualTo("GET_PARAMETER");
        assertThat(((InterleavedFrame) out.get(2)).content().readableBytes()).isZero();
        InterleavedFrame last = (InterleavedFrame) out.get(3);
        assertThat(last.channel()).isZero();
        assertThat(last.content().getByte(1)).isEqualTo((byte) 8);
        out.forEach(o -> {
            if (o instanceof InterleavedFrame fr) {
                fr.release();
            }
        });
        assertThat(ch.finishAndReleaseAll()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void rejectsGarbageOnceAndDiscardsTheRest(RequestCases.Bad bad) {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        ch.writeInbound(bytes(bad.wire()));
        ch.writeInbound(bytes("OPTIONS * RTSP/1.0\r\nCSeq: 2\r\n\r\n"));
        List<Object> out = drain(ch);
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).isInstanceOf(MalformedRequest.class);
        assertThat(((MalformedRequest) out.get(0)).status()).isEqualTo(bad.status());
        ch.finishAndReleaseAll();
    }

    @Test
    void malformedRequestKeepsTheCseqForTheAnswer() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        ch.writeInbound(bytes("OPTIONS * RTSP/1.0\r\nCSeq: 42\r\nbroken line\r\n\r\n"));
        MalformedRequest m = ch.readInbound();
        assertThat(m.cseq()).contains("42");
        ch.finishAndReleaseAll();
    }

    @Test
    void aClientThatNeverEndsItsLineCostsAtMostTheLimit() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder());
        ch.writeInbound(bytes("OPTIONS * RTSP/1.0\r\nX-Slow: "));
        for (int i = 0; i < 100 && ch.inboundMessages().isEmpty(); i++) {
            ch.writeInbound(bytes("x".repeat(1000)));
        }
        assertThat(((MalformedRequest) ch.readInbound()).status()).isEqualTo(400);
        ch.finishAndReleaseAll();
    }

    @Test
    void limitsAreConfigurable() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspDecoder(new RtspLimits(4096, 8192, 2, 10)));
        ch.writeInbound(bytes("OPTIONS * RTSP/1.0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"));
        assertThat(ch.<Object>readInbound()).isInstanceOf(MalformedRequest.class);
        ch.finishAndReleaseAll();
    }
}
