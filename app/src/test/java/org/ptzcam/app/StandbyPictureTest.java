package org.ptzcam.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.pipeline.VideoStreamConfig;

/**
 * Standby on the device model blacks out the camera's real video pipeline (as the app builds it),
 * and power on brings the scene back: checked on decoded JPEG snapshots.
 */
class StandbyPictureTest {
    private static final VideoStreamConfig JPEG_360P =
            new VideoStreamConfig(VideoEncoderConfig.of(VideoCodec.MJPEG, 640, 360, 30), 0);

    @TempDir
    Path dir;

    @Test
    void standbyPicturesAreBlackAndPowerOnRestoresTheScene() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, new BuildInfo("test", "2026-01-01T00:00:00Z"),
                Clock.systemUTC())) {
            MediaStage.Video video = MediaStage.open(device,
                    new SceneOptions(null, 7, Instant.parse("2026-06-21T12:00:00Z"), 0, null, 0), Clock.systemUTC());
            try (var pipeline = video.pipeline()) {
                assertThat(level(pipeline)).as("noon scene").isGreaterThan(40);

                device.power().set(false);
                // a frame captured just before the switch may still be on its way: the next ones are black
                double standby = 255;
                for (int i = 0; i < 10 && standby >= 1; i++) {
                    standby = level(pipeline);
                }
                assertThat(standby).as("mean level in standby").isLessThan(1.0);

                device.power().set(true);
                double on = 0;
                for (int i = 0; i < 10 && on <= 40; i++) {
                    on = level(pipeline);
                }
                assertThat(on).as("mean level after power on").isGreaterThan(40);
            }
        }
    }

    /** Mean of R, G and B over one decoded snapshot, 0…255. */
    private static double level(org.ptzcam.media.pipeline.VideoPipeline pipeline) throws Exception {
        AccessUnit unit = pipeline.snapshot(JPEG_360P, Duration.ofSeconds(10));
        assertThat(unit).as("a snapshot within 10 s").isNotNull();
        byte[] jpeg = new byte[unit.size()];
        unit.payload().duplicate().get(jpeg);
        unit.release();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image).as("the JPEG decodes").isNotNull();
        return ImageLevel.mean(image);
    }
}
