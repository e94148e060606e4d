package org.ptzcam.rtsp.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Feeds bytes to an {@link RtspDecoder} in an {@link EmbeddedChannel}, in the chunks given, and
 * checks what must hold for any input: only requests, frames and at most one final
 * {@link MalformedRequest} come out; the decoder never holds more than its limits allow; every
 * buffer is released in the end. Returns what came out, as text, so callers can compare runs.
 */
final class DecoderRun {

    private static final Pattern METHOD = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,31}");

    private DecoderRun() {
    }

    /** Chunk ends for {@code length} bytes, chosen from {@code seed}: sizes 1..64, sometimes large. */
    static int[] splits(int length, long seed) {
        Random r = new Random(seed);
        List<Integer> ends = new ArrayList<>();
        int at = 0;
        while (at < length) {
            at = Math.min(length, at + (r.nextInt(8) == 0 ? 1 + r.nextInt(4096) : 1 + r.nextInt(64)));
            ends.add(at);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The most a decoder may hold while a message at {@code first} is incomplete. */
    static int bound(RtspLimits limits, int first) {
        int lines = Math.max(limits.maxRequestLine(), limits.maxHeaderBytes()) + 2;
        int max = Math.max(lines, limits.maxBody());
        return first == '$' ? Math.max(max, 4 + InterleavedFrame.MAX_LENGTH) : max;
    }

    static List<String> run(RtspLimits limits, byte[] input, int[] ends) {
        RtspDecoder decoder = new RtspDecoder(limits);
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        List<ByteBuf> fed = new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean failed = false;
        int from = 0;
        try {
            for (int end : ends) {
                ByteBuf chunk = Unpooled.buffer(end - from).writeBytes(input, from, end - from);
                fed.add(chunk);
                ch.writeInbound(chunk.retain()); // our reference checks the decoder released its own
                from = end;
                int held = decoder.buffered();
                int consumed = end - held;
                assertThat(held).as("bytes held after %d of %d", end, input.length)
                        .isLessThanOrEqualTo(held == 0 ? 0 : bound(limits, input[consumed] & 0xff));
                for (Object m; (m = ch.readInbound()) != null; ) {
                    assertThat(failed).as("nothing after a malformed request").isFalse();
                    out.add(describe(limits, m));
                    failed = m instanceof MalformedRequest;
                }
                if (held > 0 && !failed) {
                    assertThat(decoder.pendingSince()).as("a partial message runs the request timeout").isNotNegative();
                }
                if (failed) {
                    assertThat(decoder.pendingSince()).as("no request timeout after a violation").isNegative();
                }
            }
            ch.finish();
            for (Object m; (m = ch.readInbound()) != null; ) {
                assertThat(failed).as("nothing after a malformed request").isFalse();
                out.add(describe(limits, m));
                failed = m instanceof MalformedRequest;
            }
        } finally {
            ch.finishAndReleaseAll();
        }
        for (ByteBuf b : fed) {
            assertThat(b.refCnt()).as("decoder released every input buffer").isEqualTo(1);
            b.release();
        }
        return out;
    }

    /** Checks one output and describes it (releasing frames). */
    private static String describe(RtspLimits limits, Object m) {
        try {
            return switch (m) {
                case RtspRequest r -> {
                    assertThat(r.method()).matches(METHOD);
                    assertThat(r.uri()).isNotEmpty().doesNotContain(" ", "\r", "\n");
                    assertThat(r.version()).matches("(RTSP|HTTP)/\\d\\.\\d");
                    assertThat(r.body().length).isLessThanOrEqualTo(limits.maxBody());
                    assertThat(r.headers().fields().size()).isLessThanOrEqualTo(limits.maxHeaders());
                    yield "request " + r.method() + " " + r.uri() + " " + r.version() + " " + r.headers().fields()
                            + " body " + HexFormat.of().formatHex(r.body());
                }
                case InterleavedFrame f -> {
                    assertThat(f.content().readableBytes()).isLessThanOrEqualTo(InterleavedFrame.MAX_LENGTH);
                    yield "frame " + f.channel() + " " + ByteBufUtil.hexDump(f.content());
                }
                case MalformedRequest bad -> {
                    assertThat(bad.status()).isIn(400, 413, 414);
                    yield "malformed " + bad.status() + " " + bad.reason() + " " + bad.cseq();
                }
                default -> throw new AssertionError("unexpected output " + m.getClass());
            };
        } finally {
            io.netty.util.ReferenceCountUtil.release(m);
        }
    }

    /** Decodes in one piece and in the chunks chosen from {@code seed}; both must agree. */
    static List<String> splitInvariant(RtspLimits limits, byte[] input, long seed) {
        List<String> whole = run(limits, input, input.length == 0 ? new int[0] : new int[] {input.length});
        List<String> split = run(limits, input, splits(input.length, seed));
        assertThat(split).as("same messages however the bytes are split").isEqualTo(whole);
        return whole;
    }

    static long seedOf(byte[] input) {
        return Arrays.hashCode(input);
    }
}
