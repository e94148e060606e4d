package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.ptzcam.device.accounts.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.ImageSettings;
import org.ptzcam.device.settings.NetworkSettings;

/** Preview mode's scope on the HTTP face (manual: "Preview mode"), with a clock the test moves. */
class PreviewScopeTest {

    @TempDir
    Path dataDir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    DeviceModel device;
    HttpFace face;
    org.ptzcam.media.pipeline.VideoPipeline video;

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), clock, Duration.ofHours(2));
        video = TestVideo.pipeline(device);
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
    }

    @AfterEach
    void stop() {
        face.close();
        video.close();
        device.close();
    }

    String http(String path) {
        return "http://127.0.0.1:" + face.httpPort() + path;
    }

    @Test
    void installerAdjustsTheImageButNothingElse() throws Exception {
        CurlRunner.Reply image = CurlRunner.run("--data", "action=update&root.ImageSource.I0.Sensor.Brightness=70"
                + "&ImageSource.I0.Sensor.Contrast=40", http("/axis-cgi/param.cgi"));
        assertThat(image.body()).isEqualTo("OK\n");
        assertThat(device.settings().get(ImageSettings.BRIGHTNESS)).isEqualTo("70");
        assertThat(CurlRunner.run(http("/axis-cgi/param.cgi?action=list&group=ImageSource.I0.Sensor.Brightness"))
                .body()).isEqualTo("root.ImageSource.I0.Sensor.Brightness=70\n");

        // network, mixed requests, listing everything, accounts: never without login
        CurlRunner.Reply network = CurlRunner.run(http("/axis-cgi/param.cgi?action=update&Network.HostName=evil"));
        assertThat(network.status()).isEqualTo(401);
        assertThat(network.all("WWW-Authenticate")).isNotEmpty();
        assertThat(CurlRunner.run(http("/axis-cgi/param.cgi?action=update&ImageSource.I0.Sensor.Brightness=10"
                + "&Network.HostName=evil")).status()).isEqualTo(401);
        assertThat(device.settings().get(NetworkSettings.HOST_NAME)).isNotEqualTo("evil");
        assertThat(device.settings().get(ImageSettings.BRIGHTNESS)).isEqualTo("70");
        assertThat(CurlRunner.run(http("/axis-cgi/param.cgi?action=list")).status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/axis-cgi/param.cgi?action=list&group=Network")).status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=get")).status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=x&grp=users&sgrp=viewer"))
                .status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/api/security")).status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/axis-cgi/com/ptzconfig.cgi?removeallserverpresets=yes")).status())
                .isEqualTo(401);

        // focus, zoom and PTZ are part of the camera view
        assertThat(CurlRunner.run(http("/axis-cgi/com/ptz.cgi?zoom=5000&focus=3000")).status()).isEqualTo(204);
        assertThat(CurlRunner.run(http("/axis-cgi/com/ptz.cgi?move=left")).status()).isEqualTo(204);
    }

    @Test
    void previewEndsWhenTheTimeRunsOut() throws Exception {
        clock.advance(Duration.ofMinutes(119));
        assertThat(CurlRunner.run(http("/axis-cgi/param.cgi?action=update&ImageSource.I0.Sensor.Brightness=60"))
                .body()).isEqualTo("OK\n");
        assertThat(CurlRunner.run("--data", "{\"apiVersion\":\"1\",\"method\":\"systemready\"}",
                http("/axis-cgi/systemready.cgi")).body()).contains("\"previewmode\":\"60\"");
        clock.advance(Duration.ofMinutes(1));
        CurlRunner.Reply late = CurlRunner.run(http("/axis-cgi/param.cgi?action=update&ImageSource.I0.Sensor.Brightness=20"));
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.all("WWW-Authenticate")).isNotEmpty();
        assertThat(CurlRunner.run(http("/axis-cgi/com/ptz.cgi?move=left")).status()).isEqualTo(401);
        assertThat(CurlRunner.run("-o", "/dev/null", http("/axis-cgi/jpg/image.cgi")).status()).isEqualTo(401);
        assertThat(device.settings().get(ImageSettings.BRIGHTNESS)).isEqualTo("60");
    }
}
