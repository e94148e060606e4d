package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/** Parameter sets before the first frame equal those the stream's key frames carry. */
class ParameterSetsTest {

    VideoPipeline pipeline;

    @BeforeEach
    void open() {
        pipeline = new VideoPipeline(new SimulatedWorld(3), ImageStage.none(), ViewState::home,
                SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1),
                new CaptureGeometry(640, 360, 15), "ps-test", 1);
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @ParameterizedTest
    @EnumSource(value = VideoCodec.class, names = {"H264", "H265", "AV1"})
    void idleAndRunningStreamsGiveTheKeyFramesParameterSets(VideoCodec codec) throws Exception {
        VideoStreamConfig config = new VideoStreamConfig(VideoEncoderConfig.of(codec, 320, 180, 15), 0);
        ParameterSets idle = pipeline.parameterSets(config);
        // AV1: SVT-AV1's global header is not the in-band one; only a running stream's is given
        assertThat(idle.isEmpty()).as("parameter sets of an idle %s stream", codec).isEqualTo(codec == VideoCodec.AV1);
        assertThat(pipeline.activeEncoders()).isZero();
        try (Subscription s = pipeline.subscribe(config, () -> { })) {
            AccessUnit key = pipeline.snapshot(config, Duration.ofSeconds(20));
            assertThat(key).isNotNull();
            byte[] bytes = new byte[key.size()];
            key.payload().get(bytes);
            key.release();
            ParameterSets inBand = ParameterSets.extract(codec, bytes);
            if (codec != VideoCodec.AV1) {
                assertThat(idle.sameContent(inBand)).as("idle %s vs in-band %s", idle, inBand).isTrue();
            }
            assertThat(inBand.isEmpty()).isFalse();
            assertThat(pipeline.parameterSets(config).sameContent(inBand)).as("running %s", codec).isTrue();
        }
    }
}
