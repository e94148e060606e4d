package org.ptzcam.app.visca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.ptz.Controller;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.visca.ViscaCamera;

/** The adapter on a real device model's PTZ service (cheap: no mocks). */
class PtzViscaCameraTest {

    @TempDir
    Path dir;

    private DeviceModel device;
    private PtzViscaCamera camera;

    @BeforeEach
    void open() throws Exception {
        device = DeviceModel.open(dir, new BuildInfo("test", "2026-01-01T00:00:00Z"), Clock.systemUTC());
        camera = new PtzViscaCamera(device.ptz(), device::settings, device.power(), "visca-ip");
    }

    @AfterEach
    void close() {
        device.close();
    }

    @Test
    void aMoveCompletesWhenTheHeadRestsOnTheTarget() throws Exception {
        camera.panTiltAbsolute(30, -10, 1, 1).get(20, TimeUnit.SECONDS);
        assertThat(device.ptz().moving()).isFalse();
        assertThat(camera.state().panDegrees()).isCloseTo(30, within(1e-9));
        assertThat(camera.state().tiltDegrees()).isCloseTo(-10, within(1e-9));
    }

    @Test
    void cancellingAMoveStopsTheHeadOnTheWay() {
        CompletableFuture<Void> move = camera.panTiltAbsolute(120, 0, 0.02, 0.02); // 6°/s: 20 s
        await().atMost(Duration.ofSeconds(10)).until(() -> camera.state().panDegrees() > 0.5);
        assertThat(move.cancel(true)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !device.ptz().moving());
        assertThat(camera.state().panDegrees()).isBetween(0.5, 60.0);
    }

    @Test
    void zoomAndFocusUseTheViscaUnitsOfTheInterface() throws Exception {
        camera.zoomAbsolute(Math.sqrt(30)).get(20, TimeUnit.SECONDS);
        assertThat(camera.state().zoomFactor()).isCloseTo(Math.sqrt(30), within(1e-6));
        camera.focusAbsolute(0.25).get(20, TimeUnit.SECONDS);
        assertThat(camera.state().focus()).isCloseTo(0.25, within(1e-6));
        assertThat(camera.state().autoFocus()).isFalse();
    }

    @Test
    void refusalsBecomeIllegalStateForNotExecutable() throws Exception {
        assertThatThrownBy(() -> camera.presetRecall(200)).isInstanceOf(IllegalStateException.class);
        // the control queue: an administrator holds control, the VISCA operator must wait
        device.settings().update(Map.of(PtzSettings.CONTROL_QUEUE, "true"));
        device.ptz().control(new Controller("admin", AccessLevel.ADMIN)).stop();
        assertThatThrownBy(() -> camera.panTiltAbsolute(10, 0, 1, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> camera.panTiltContinuous(1, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void limitSetAndClearWriteThePtzLimitSettings() {
        camera.setPanTiltLimit(ViscaCamera.Corner.UP_RIGHT, 20.4, 30); // tilt beyond the mechanics: clamped
        camera.setPanTiltLimit(ViscaCamera.Corner.DOWN_LEFT, -200, -45); // -200° is 160°: an arc across south
        assertThat(device.settings().ptz().maxPan()).isEqualTo(20);
        assertThat(device.settings().ptz().maxTilt()).isEqualTo(20);
        assertThat(device.settings().ptz().minPan()).isEqualTo(160);
        assertThat(device.settings().ptz().minTilt()).isEqualTo(-45);
        camera.clearPanTiltLimit(ViscaCamera.Corner.DOWN_LEFT);
        camera.clearPanTiltLimit(ViscaCamera.Corner.UP_RIGHT);
        assertThat(device.settings().ptz().minPan()).isEqualTo(-180);
        assertThat(device.settings().ptz().minTilt()).isEqualTo(-90);
        assertThat(device.settings().ptz().maxPan()).isEqualTo(180);
    }

    @Test
    void standbyStopsTheMotionAndIsReported() {
        camera.panTiltContinuous(0.5, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> device.ptz().moving());
        camera.setPower(false);
        assertThat(camera.state().powerOn()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !device.ptz().moving());
        camera.setPower(true);
        assertThat(camera.state().powerOn()).isTrue();
    }
}
