package org.ptzcam.rtsp.rtp.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.rtsp.rtp.RoundTrip;

class JpegRoundTripTest {

    static Stream<JpegCaseTable.Case> cases() {
        return JpegCaseTable.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadThenDepayloadGivesTheSamePicture(JpegCaseTable.Case c) {
        byte[] in = TestJpegs.jpeg(c.width(), c.height(), c.optimizedHuffman(), c.restartInterval());
        JpegFrame original = JpegFrame.parse(ByteBuffer.wrap(in));
        assertThat(original.type()).isEqualTo(c.type());
        assertThat(original.standardHuffman()).isEqualTo(!c.optimizedHuffman());

        RoundTrip.Result r = RoundTrip.run(new JpegPayloader(JpegCaseTable.MAX), new JpegDepayloader(), in,
                JpegCaseTable.MAX);
        JpegFrame rebuilt = JpegFrame.parse(ByteBuffer.wrap(r.unit()));
        assertThat(rebuilt.type()).isEqualTo(original.type());
        assertThat(rebuilt.width()).isEqualTo(c.width());
        assertThat(rebuilt.height()).isEqualTo(c.height());
        assertThat(rebuilt.lumaTable()).isEqualTo(original.lumaTable());
        assertThat(rebuilt.chromaTable()).isEqualTo(original.chromaTable());
        assertThat(rebuilt.restartInterval()).isEqualTo(c.restartInterval());
        assertThat(rebuilt.standardHuffman()).isTrue();
        if (!c.optimizedHuffman()) {
            assertThat(rebuilt.scan()).isEqualTo(original.scan());
        }
        // the receiver's picture is the sender's, pixel for pixel
        assertSamePixels(TestJpegs.decode(in), TestJpegs.decode(r.unit()));
    }

    @Test
    void firstPacketCarriesTablesAndLaterOnesOffsets() {
        byte[] in = TestJpegs.jpeg(640, 360, false, 0);
        List<ByteBuf> p = new JpegPayloader(1400).payload(ByteBuffer.wrap(in));
        assertThat(p.size()).isGreaterThan(1);
        ByteBuf first = p.get(0);
        assertThat(first.getUnsignedMedium(1)).isZero();
        assertThat((int) first.getUnsignedByte(4)).isEqualTo(1);
        assertThat((int) first.getUnsignedByte(5)).isEqualTo(255);
        assertThat((int) first.getUnsignedByte(6)).isEqualTo(80);
        assertThat((int) first.getUnsignedByte(7)).isEqualTo(45);
        assertThat(first.getUnsignedShort(10)).isEqualTo(128);
        assertThat(p.get(1).getUnsignedMedium(1)).isEqualTo(1400 - 8 - 132);
        p.forEach(ByteBuf::release);
    }

    @Test
    void heightNotAMultipleOfEightIsRoundedUp() {
        byte[] in = TestJpegs.jpeg(320, 180, false, 0);
        List<ByteBuf> p = new JpegPayloader().payload(ByteBuffer.wrap(in));
        assertThat((int) p.get(0).getUnsignedByte(7)).isEqualTo(23);
        p.forEach(ByteBuf::release);
    }

    @Test
    void picturesOver2040PixelsAreRefusedWithAClearError() {
        byte[] in = TestJpegs.jpeg(2048, 64, false, 0);
        assertThatThrownBy(() -> new JpegPayloader().payload(ByteBuffer.wrap(in)))
                .isInstanceOf(JpegException.class).hasMessageContaining("2040").hasMessageContaining("2048x64");
    }

    @Test
    void notAJpegIsRefused() {
        assertThatThrownBy(() -> new JpegPayloader().payload(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5})))
                .isInstanceOf(JpegException.class);
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        for (int y = 0; y < a.getHeight(); y += 7) {
            for (int x = 0; x < a.getWidth(); x += 5) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs");
                }
            }
        }
    }
}
