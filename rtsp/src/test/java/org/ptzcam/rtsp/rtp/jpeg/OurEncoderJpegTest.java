package org.ptzcam.rtsp.rtp.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;

/** The camera's own MJPEG encoder emits what RFC 2435 receivers assume, so no re-coding is needed. */
class OurEncoderJpegTest {

    @Test
    void ourMjpegFramesUseTheStandardHuffmanTables() {
        YuvFrame frame = YuvFrame.allocate(320, 240, 0);
        for (int i = 0; i < 320 * 240; i++) {
            frame.y().put(i, (byte) ((i * 7) & 0xff));
        }
        try (VideoEncoder enc = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.MJPEG, 320, 240, 10))) {
            EncodedPacket p = enc.encode(frame).get(0);
            JpegFrame parsed = JpegFrame.parse(ByteBuffer.wrap(p.data()));
            assertThat(parsed.standardHuffman()).isTrue();
        }
    }
}
