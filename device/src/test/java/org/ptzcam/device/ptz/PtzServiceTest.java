package org.ptzcam.device.ptz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.device.testsupport.TestCameras;

/** The PTZ service on a real device model (SQLite, settings) with a clock the test drives. */
class PtzServiceTest {
    private static final Controller OPERATOR = new Controller("op", AccessLevel.OPERATOR);

    @TempDir
    Path dir;
    private final ManualPtzClock clock = new ManualPtzClock();
    private DeviceModel device;
    private PtzService ptz;
    private PtzControl control;

    @BeforeEach
    void open() throws Exception {
        device = DeviceModel.open(dir, TestCameras.BUILD, Clock.systemUTC(), clock);
        ptz = device.ptz();
        control = ptz.control(OPERATOR);
    }

    @AfterEach
    void close() {
        device.close();
    }

    private void set(String path, String value) throws Exception {
        device.settings().update(Map.of(path, value));
    }

    @Test
    void startsAtHomeAndAnAbsoluteMoveReachesItsTargetAndCompletesItsFuture() {
        assertThat(ptz.position().panDeg()).isZero();
        assertThat(ptz.position().zoomStep()).isEqualTo(1);
        List<Boolean> moving = new ArrayList<>();
        ptz.addListener((m, at) -> moving.add(m));
        CompletableFuture<MoveEnd> done = control.moveTo(PtzTarget.of(90, -30, 5000), MoveSpeed.MAX);
        assertThat(ptz.moving()).isTrue();
        clock.advance(0.3);
        assertThat(done).isNotDone();
        assertThat(ptz.position().panDeg()).isBetween(1.0, 89.0);
        clock.advance(5);
        assertThat(done).isCompletedWithValue(MoveEnd.REACHED);
        PtzPosition at = ptz.position();
        assertThat(at.panDeg()).isEqualTo(90);
        assertThat(at.tiltDeg()).isEqualTo(-30);
        assertThat(at.zoomStep()).isEqualTo(5000);
        assertThat(at.moving()).isFalse();
        assertThat(moving).containsExactly(true, false);
    }

    @Test
    void aMoveToWhereTheHeadRestsIsReachedAtOnceWithoutTheTimer() {
        settle(control.moveTo(PtzTarget.of(20, -10, 3000), MoveSpeed.MAX));
        ptz.setPreset(9, false);
        List<Integer> presetsReached = new ArrayList<>();
        ptz.addListener(new PtzListener() {
            @Override
            public void movingChanged(boolean moving, PtzPosition position) {
            }

            @Override
            public void presetReached(int number) {
                presetsReached.add(number);
            }
        });
        // no clock.advance: nothing is left to wait for, so nothing is scheduled
        assertThat(control.moveTo(PtzTarget.of(20, -10, 3000), MoveSpeed.MAX)).isCompletedWithValue(MoveEnd.REACHED);
        assertThat(control.gotoPreset(9, MoveSpeed.MAX)).isCompletedWithValue(MoveEnd.REACHED);
        assertThat(presetsReached).containsExactly(9);
        assertThat(ptz.moving()).isFalse();
    }

    @Test
    void aLaterCommandInterruptsTheEarlierMoveOfTheSameAxis() {
        CompletableFuture<MoveEnd> first = control.moveTo(PtzTarget.panTilt(120, 0), MoveSpeed.MAX);
        CompletableFuture<MoveEnd> zoom = control.moveTo(PtzTarget.zoom(3000), MoveSpeed.MAX);
        clock.advance(0.1);
        CompletableFuture<MoveEnd> second = control.moveTo(PtzTarget.panTilt(-10, 0), MoveSpeed.MAX);
        assertThat(first).isCompletedWithValue(MoveEnd.INTERRUPTED);
        clock.advance(5);
        assertThat(zoom).isCompletedWithValue(MoveEnd.REACHED);
        assertThat(second).isCompletedWithValue(MoveEnd.REACHED);
        assertThat(ptz.position().panDeg()).isEqualTo(-10);
    }

    @Test
    void absolutePanTakesTheShortWayRoundAcross180() {
        control.moveTo(PtzTarget.panTilt(170, 0), MoveSpeed.MAX);
        clock.advance(5);
        control.moveTo(PtzTarget.panTilt(-170, 0), MoveSpeed.MAX);
        for (int i = 0; i < 50; i++) {
            clock.advance(0.01);
            assertThat(Math.abs(ptz.position().panDeg())).isGreaterThanOrEqualTo(169.99);
        }
        clock.advance(2);
        assertThat(ptz.position().panDeg()).isCloseTo(-170, within(1e-9));
    }

    @Test
    void relativePanGoesTheWayItIsToldEvenTheLongWay() {
        control.moveBy(270, 0, 0, MoveSpeed.MAX);
        clock.advance(0.5);
        assertThat(ptz.position().panDeg()).isPositive(); // turning right, not left by 90
        clock.advance(5);
        assertThat(ptz.position().panDeg()).isCloseTo(-90, within(1e-9));
    }

    @Test
    void proportionalSpeedSlowsContinuousPanAtHighZoom() throws Exception {
        control.continuousPanTilt(0.5, 0, true);
        clock.advance(1);
        double p0 = ptz.position().panDeg();
        clock.advance(0.1);
        double wideSpeed = (ptz.position().panDeg() - p0) / 0.1;
        assertThat(wideSpeed).isCloseTo(150, within(1e-6));
        control.stop();
        control.moveTo(PtzTarget.zoom(9999), MoveSpeed.MAX);
        clock.advance(5);
        control.continuousPanTilt(0.5, 0, true);
        clock.advance(1);
        p0 = ptz.position().panDeg();
        clock.advance(0.1);
        double teleSpeed = PtzPosition.wrapPan(ptz.position().panDeg() - p0) / 0.1;
        assertThat(teleSpeed).isCloseTo(150 * ZoomLaw.TELE_HFOV_DEG / ZoomLaw.WIDE_HFOV_DEG, within(1e-6));
        // off by setting, or refused by the command (VAPIX proportionalspeed=disabled)
        control.continuousPanTilt(0.5, 0, false);
        clock.advance(1);
        p0 = ptz.position().panDeg();
        clock.advance(0.1);
        assertThat(PtzPosition.wrapPan(ptz.position().panDeg() - p0) / 0.1).isCloseTo(150, within(1e-6));
        set(PtzSettings.PROPORTIONAL_SPEED, "false");
        control.continuousPanTilt(-1, 0, true);
        clock.advance(2);
        p0 = ptz.position().panDeg();
        clock.advance(0.1);
        assertThat(PtzPosition.wrapPan(ptz.position().panDeg() - p0) / 0.1).isCloseTo(-300, within(1e-6));
    }

    @Test
    void limitsClampEveryEntryPoint() throws Exception {
        control.moveTo(PtzTarget.of(0, -80, 1), MoveSpeed.MAX);
        clock.advance(5);
        ptz.setPreset("outside", false); // stored before the limits exist
        control.moveTo(PtzTarget.of(0, 0, 1), MoveSpeed.MAX);
        clock.advance(5);
        set(PtzSettings.MIN_PAN, "-45");
        set(PtzSettings.MAX_PAN, "45");
        set(PtzSettings.MIN_TILT, "-30");
        set(PtzSettings.MAX_TILT, "10");
        set(PtzSettings.MAX_ZOOM, "5000");

        settle(control.moveTo(PtzTarget.of(120, -89, 9999), MoveSpeed.MAX));
        assertAt(45, -30, 5000);
        settle(control.moveTo(PtzTarget.of(-120, 20, 1), MoveSpeed.MAX));
        assertAt(-45, 10, 1);
        settle(control.moveBy(200, -100, 20000, MoveSpeed.MAX));
        assertAt(45, -30, 5000);
        control.continuousPanTilt(-1, 1, false);
        control.continuousZoom(-1);
        clock.advance(10);
        assertAt(-45, 10, 1);
        control.continuousPanTilt(1, -1, false);
        control.continuousZoom(1);
        clock.advance(10);
        assertAt(45, -30, 5000);
        settle(control.gotoPreset("outside", MoveSpeed.MAX));
        assertAt(0, -30, 1);
        settle(control.center(0, 1, 16.0 / 9, MoveSpeed.MAX)); // bottom-left corner: further left and down
        assertThat(ptz.position().tiltDeg()).isEqualTo(-30);
        settle(control.areaZoom(1, 0.5, 100, 16.0 / 9, MoveSpeed.MAX));
        assertThat(ptz.position().zoomStep()).isEqualTo(5000);
        for (int i = 0; i < 30; i++) {
            settle(control.areaZoom(1, 0.5, 1, 16.0 / 9, MoveSpeed.MAX)); // keep turning right
        }
        assertThat(ptz.position().panDeg()).isEqualTo(45);
        ptz.setPreset(1, false); // home moved to the limit
        settle(control.home(MoveSpeed.MAX));
        assertAt(45, ptz.preset(1).orElseThrow().tiltDeg(), ptz.preset(1).orElseThrow().zoomStep());
    }

    @Test
    void aPanArcAcross180StaysInsideIt() throws Exception {
        settle(control.moveTo(PtzTarget.panTilt(180, 0), MoveSpeed.MAX));
        set(PtzSettings.MIN_PAN, "150");
        set(PtzSettings.MAX_PAN, "-150"); // 60° around south
        settle(control.moveTo(PtzTarget.panTilt(0, 0), MoveSpeed.MAX)); // north is outside: nearest end
        assertThat(Math.abs(ptz.position().panDeg())).isEqualTo(150);
        control.continuousPanTilt(1, 0, false);
        for (int i = 0; i < 100; i++) {
            clock.advance(0.02);
            double pan = ptz.position().panDeg();
            assertThat(pan >= 150 || pan <= -150).as("pan %s inside the arc", pan).isTrue();
        }
        assertThat(ptz.position().panDeg()).isEqualTo(-150);
    }

    @Test
    void narrowingTheLimitsDrivesTheHeadBackInside() throws Exception {
        settle(control.moveTo(PtzTarget.of(100, -60, 9000), MoveSpeed.MAX));
        set(PtzSettings.MAX_PAN, "30");
        set(PtzSettings.MIN_TILT, "-20");
        set(PtzSettings.MAX_ZOOM, "2000");
        clock.advance(5);
        assertAt(30, -20, 2000);
    }

    @Test
    void presetsAreSetFoundRemovedAndSurviveAReopen() throws Exception {
        assertThat(ptz.presets()).extracting(Preset::name).containsExactly("Home");
        settle(control.moveTo(PtzTarget.of(33.5, -12.25, 4000), MoveSpeed.MAX));
        Preset door = ptz.setPreset("Door", false);
        assertThat(door.number()).isEqualTo(2);
        for (int n = 3; n <= PtzSettings.MAX_PRESETS; n++) {
            ptz.setPreset(n, false);
        }
        assertThat(ptz.presets()).hasSize(PtzSettings.MAX_PRESETS);
        assertThatThrownBy(() -> ptz.setPreset("one too many", false)).isInstanceOf(InvalidPresetException.class);
        assertThatThrownBy(() -> ptz.setPreset("bad:name", false)).isInstanceOf(InvalidPresetException.class);
        assertThatThrownBy(() -> ptz.setPreset(0, false)).isInstanceOf(InvalidPresetException.class);
        assertThat(ptz.removePreset(200)).isTrue();
        assertThat(ptz.removePreset("nope")).isFalse();
        ptz.setPreset(7, true);
        device.close();

        device = DeviceModel.open(dir, TestCameras.BUILD, Clock.systemUTC(), clock);
        ptz = device.ptz();
        assertThat(ptz.presets()).hasSize(PtzSettings.MAX_PRESETS - 1);
        Preset again = ptz.preset("Door").orElseThrow();
        assertThat(again).isEqualTo(door);
        assertThat(ptz.homePresetNumber()).isEqualTo(7);
        assertThat(ptz.position().panDeg()).isEqualTo(33.5); // homed at power-on
        settle(ptz.control(OPERATOR).gotoPreset(1, MoveSpeed.MAX));
        assertAt(0, 0, 1);
        assertThat(ptz.removePreset(7)).isTrue(); // home: recreated at the factory home position
        assertThat(ptz.preset(7).orElseThrow().panDeg()).isZero();
    }

    @Test
    void controlQueueGivesPriorityToHigherLevelsAndFreesAfterTheTimeout() throws Exception {
        PtzControl viewer = ptz.control(new Controller("v", AccessLevel.VIEWER));
        PtzControl admin = ptz.control(new Controller("a", AccessLevel.ADMIN));
        viewer.continuousZoom(1);
        control.continuousZoom(1); // queue off: anyone
        set(PtzSettings.CONTROL_QUEUE, "true");
        set(PtzSettings.CONTROL_TIMEOUT, "10");
        control.stop(); // the operator takes control
        assertThatThrownBy(() -> viewer.continuousZoom(1)).isInstanceOf(PtzBusyException.class);
        clock.advance(5);
        control.continuousZoom(1); // keeps it
        admin.stop(); // admin takes over at once
        assertThatThrownBy(() -> control.continuousZoom(1)).isInstanceOf(PtzBusyException.class);
        clock.advance(9);
        assertThatThrownBy(() -> control.continuousZoom(1)).isInstanceOf(PtzBusyException.class);
        clock.advance(2); // admin idle for 11 s > 10 s: the operator waited first, and outranks the viewer
        assertThatThrownBy(() -> viewer.continuousZoom(1)).isInstanceOf(PtzBusyException.class);
        control.continuousZoom(1);
        assertThat(ptz.moving()).isTrue();
    }

    @Test
    void focusModesDriveTheLensAndSharpness() {
        assertThat(ptz.position().autofocus()).isTrue();
        assertThat(ptz.position().sharpness()).isEqualTo(1);
        settle(control.focusTo(1));
        assertThat(ptz.position().autofocus()).isFalse();
        assertThat(ptz.position().focusStep()).isEqualTo(1);
        assertThat(ptz.position().sharpness()).isZero();
        settle(control.onePushFocus());
        assertThat(ptz.position().sharpness()).isEqualTo(1);
        settle(control.moveTo(PtzTarget.panTilt(0, -80), MoveSpeed.MAX)); // ground is near now
        assertThat(ptz.position().sharpness()).isLessThan(1);
        control.autofocus(true);
        assertThat(ptz.position().sharpness()).isEqualTo(1);
        control.continuousFocus(-1);
        clock.advance(0.2);
        assertThat(ptz.position().autofocus()).isFalse();
        assertThat(ptz.position().focusStep()).isLessThan(9000);
    }

    @Test
    void theParameterTreeHasEveryPtzKeyClientsRequireAndListsPresets() throws Exception {
        List<String> lines = device.parameters().list(List.of("root.PTZ"), AccessLevel.VIEWER);
        List<String> keys = lines.stream().map(l -> l.substring("root.PTZ.".length(), l.indexOf('='))).toList();
        assertThat(keys).contains("CameraDefault", "NbrOfSerPorts", "CamPorts.Cam1Port", "ImageSource.I0.PTZEnabled",
                "Various.V1.CtlQueueing", "Various.V1.CtlQueueLimit", "Various.V1.CtlQueuePollTime",
                "Limit.L1.MinPan", "Limit.L1.MaxZoom", "Preset.P0.HomePosition");
        for (String key : ("AbsoluteBrightness AbsoluteFocus AbsoluteIris AbsolutePan AbsoluteTilt AbsoluteZoom"
                + " ActionNotification AreaZoom AutoFocus AutoIrCutFilter AutoIris Auxiliary BackLight"
                + " ContinuousBrightness ContinuousFocus ContinuousIris ContinuousPan ContinuousTilt ContinuousZoom"
                + " DevicePreset DigitalZoom IrCutFilter LensOffset OSDMenu ProportionalSpeed RelativeBrightness"
                + " RelativeFocus RelativeIris RelativePan RelativeTilt RelativeZoom ServerPreset SpeedCtl")
                .split(" ")) {
            assertThat(keys).contains("Support.S1." + key);
        }
        assertThat(lines).contains("root.PTZ.Preset.P0.Position.P1.Name=Home",
                "root.PTZ.Preset.P0.Position.P1.Data=tilt=0.000000:pan=0.000000:zoom=1.000000");
        assertThat(keys).doesNotContain("Preset.P0.Position.P2.Name");
        settle(control.moveTo(PtzTarget.of(-20.5, 4, 100), MoveSpeed.MAX));
        ptz.setPreset("Gate", false);
        assertThat(device.parameters().list(List.of("PTZ.Preset.P0.Position.P2"), AccessLevel.VIEWER))
                .containsExactly("root.PTZ.Preset.P0.Position.P2.Name=Gate",
                        "root.PTZ.Preset.P0.Position.P2.Data=tilt=4.000000:pan=-20.500000:zoom=100.000000");
    }

    private void settle(CompletableFuture<MoveEnd> move) {
        clock.advance(30);
        assertThat(move).isCompletedWithValue(MoveEnd.REACHED);
    }

    private void assertAt(double pan, double tilt, double zoom) {
        PtzPosition at = ptz.position();
        assertThat(at.panDeg()).as("pan").isCloseTo(pan, within(1e-9));
        assertThat(at.tiltDeg()).as("tilt").isCloseTo(tilt, within(1e-9));
        assertThat(at.zoomStep()).as("zoom").isCloseTo(zoom, within(1e-9));
    }
}
