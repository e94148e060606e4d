package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capture mode, power line frequency and rotation through param.cgi, as a VMS would set them. */
class CaptureSettingsIT {

    @TempDir
    Path tmp;

    @Test
    void captureModeChangeRestartsThePipelineAndPersists() throws Exception {
        Path dir = tmp.resolve("cam");
        try (CameraProcess cam = CameraProcess.start(dir)) {
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update"
                    + "&ImageSource.I0.CaptureMode=1280x720@60")).body()).isEqualTo("OK\n");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(Curl.run(cam.http("/axis-cgi/imagesize.cgi")).body())
                            .isEqualTo("image width = 1280\nimage height = 720\n"));
            Path jpeg = tmp.resolve("720.jpg");
            Curl.run("-o", jpeg.toString(), cam.http("/axis-cgi/jpg/image.cgi"));
            assertThat(FfTools.videoStream(jpeg.toString())).isEqualTo("mjpeg,1280,720");
            assertThat(Curl.run(cam.http("/axis-cgi/jpg/image.cgi?resolution=1920x1080")).status()).isEqualTo(400);
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=list&group=Properties.Image.Resolution"))
                    .body()).startsWith("root.Properties.Image.Resolution=1280x720,");
        }
        try (CameraProcess cam = CameraProcess.start(dir)) {
            assertThat(Curl.run(cam.http("/axis-cgi/imagesize.cgi")).body()).contains("image width = 1280");
        }
    }

    @Test
    void powerLineFrequencySelectsTheFrameRateFamily() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("hz"))) {
            assertThat(Curl.run(cam.http("/axis-cgi/mjpg/video.cgi?fps=60&nbrofframes=1")).status()).isEqualTo(200);
            Curl.run(cam.http("/axis-cgi/param.cgi?action=update&ImageSource.I0.PowerLineFrequency=50"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(Curl.run(cam.http("/axis-cgi/mjpg/video.cgi?fps=60&nbrofframes=1")).status())
                            .isEqualTo(400));
            assertThat(Curl.run("-o", "/dev/null", cam.http("/axis-cgi/mjpg/video.cgi?fps=50&nbrofframes=1"))
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void rotationSettingTurnsTheDefaultImage() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("rot"))) {
            Curl.run(cam.http("/axis-cgi/param.cgi?action=update&Image.I0.Appearance.Rotation=90"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(Curl.run(cam.http("/axis-cgi/imagesize.cgi")).body())
                            .isEqualTo("image width = 1080\nimage height = 1920\n"));
            Path jpeg = tmp.resolve("rot.jpg");
            Curl.run("-o", jpeg.toString(), cam.http("/axis-cgi/jpg/image.cgi?resolution=360x640"));
            assertThat(FfTools.videoStream(jpeg.toString())).isEqualTo("mjpeg,360,640");
        }
    }
}
