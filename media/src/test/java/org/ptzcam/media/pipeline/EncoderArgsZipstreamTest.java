package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.codec.video.Zipstream;

class EncoderArgsZipstreamTest {

    @Test
    void noArgumentsMeanZipstreamOff() {
        assertThat(EncoderArgs.zipstream(Map.of())).isEqualTo(Zipstream.OFF);
    }

    @Test
    void everyArgumentReachesTheConfig() {
        Zipstream z = EncoderArgs.zipstream(Map.of("videozstrength", "high", "videozgopmode", "dynamic",
                "videozmaxgoplength", "300", "videozfpsmode", "Dynamic", "videozminfps", "5", "videozprofile", "storage"));
        assertThat(z).isEqualTo(new Zipstream(30, true, 300, true, 5, true));
        assertThat(EncoderArgs.zipstream(Map.of("videozstrength", "50")).strength()).isEqualTo(50);
        assertThat(EncoderArgs.zipstream(Map.of("videozgoplength", "64")).maxGopLength()).isEqualTo(64);
    }

    @Test
    void differentZipstreamMeansADifferentEncoder() {
        VideoEncoderConfig base = VideoEncoderConfig.of(VideoCodec.H264, 640, 360, 30);
        VideoEncoderConfig off = EncoderArgs.apply(base, Map.of());
        VideoEncoderConfig high = EncoderArgs.apply(base, Map.of("videozstrength", "30"));
        assertThat(new VideoStreamConfig(off, 0)).isNotEqualTo(new VideoStreamConfig(high, 0));
        assertThat(EncoderArgs.apply(base, Map.of("videozstrength", "30"))).isEqualTo(high);
    }

    @Test
    void badValuesNameTheArgument() {
        assertThatThrownBy(() -> EncoderArgs.zipstream(Map.of("videozstrength", "25"))).hasMessageContaining("videozstrength");
        assertThatThrownBy(() -> EncoderArgs.zipstream(Map.of("videozgopmode", "auto"))).hasMessageContaining("videozgopmode");
        assertThatThrownBy(() -> EncoderArgs.zipstream(Map.of("videozminfps", "0"))).hasMessageContaining("videozminfps");
        assertThatThrownBy(() -> EncoderArgs.zipstream(Map.of("videozmaxgoplength", "2000"))).hasMessageContaining("videozmaxgoplength");
    }
}
