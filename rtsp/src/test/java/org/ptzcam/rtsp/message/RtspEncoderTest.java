package org.ptzcam.rtsp.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtspEncoderTest {

    @Test
    void writesResponseWithContentLengthAsOneBuffer() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspEncoder());
        RtspResponse r = RtspResponse.of(200).withHeader("CSeq", "2").withBody("application/sdp", "v=0\r\n");
        ch.writeOutbound(r);
        ByteBuf out = ch.readOutbound();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("RTSP/1.0 200 OK\r\nCSeq: 2\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: 5\r\n\r\nv=0\r\n");
        out.release();
        assertThat(ch.<Object>readOutbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void writesInterleavedFrameWithoutCopyingAndReleasesIt() {
        EmbeddedChannel ch = new EmbeddedChannel(new RtspEncoder());
        ByteBuf packet = Unpooled.wrappedBuffer(new byte[] {1, 2, 3});
        ch.writeOutbound(new InterleavedFrame(2, packet));
        ByteBuf out = ch.readOutbound();
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        assertThat(bytes).containsExactly('$', 2, 0, 3, 1, 2, 3);
        out.release();
        assertThat(packet.refCnt()).isZero();
        ch.finishAndReleaseAll();
    }

    @Test
    void decoderReadsWhatTheEncoderWrote() {
        EmbeddedChannel enc = new EmbeddedChannel(new RtspEncoder());
        enc.writeOutbound(new InterleavedFrame(7, Unpooled.wrappedBuffer(new byte[] {9, 9})));
        EmbeddedChannel dec = new EmbeddedChannel(new RtspDecoder());
        dec.writeInbound((ByteBuf) enc.readOutbound());
        InterleavedFrame f = dec.readInbound();
        assertThat(f.channel()).isEqualTo(7);
        assertThat(f.content().readableBytes()).isEqualTo(2);
        f.release();
        enc.finishAndReleaseAll();
        dec.finishAndReleaseAll();
    }
}
