package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.H264Profile;
import org.ptzcam.codec.video.VideoEncoderConfig;

class EncoderArgsProfileTest {

    private static final VideoEncoderConfig H264 = VideoEncoderConfig.of(VideoCodec.H264, 640, 360, 30);

    @Test
    void h264profileReachesAnH264Config() {
        assertThat(EncoderArgs.apply(H264, Map.of("h264profile", "high")).h264Profile()).isEqualTo(H264Profile.HIGH);
        assertThat(EncoderArgs.apply(H264, Map.of("h264profile", "Main")).h264Profile()).isEqualTo(H264Profile.MAIN);
        assertThat(EncoderArgs.apply(H264, Map.of()).h264Profile()).isEqualTo(H264.h264Profile());
    }

    @Test
    void otherCodecsIgnoreItSoTheirStreamsStayShared() {
        VideoEncoderConfig hevc = VideoEncoderConfig.of(VideoCodec.H265, 640, 360, 30);
        assertThat(EncoderArgs.apply(hevc, Map.of("h264profile", "high"))).isEqualTo(EncoderArgs.apply(hevc, Map.of()));
    }

    @Test
    void aBadValueNamesTheArgumentWhateverTheCodec() {
        assertThatThrownBy(() -> EncoderArgs.apply(H264, Map.of("h264profile", "extended")))
                .hasMessageContaining("h264profile");
        assertThatThrownBy(() -> EncoderArgs.apply(VideoEncoderConfig.of(VideoCodec.MJPEG, 640, 360, 30),
                Map.of("h264profile", "x"))).hasMessageContaining("h264profile");
    }
}
