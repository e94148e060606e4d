package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

class ViscaSettingsTest {
    @TempDir
    Path dir;

    @Test
    void offByDefaultOnTheStandardPorts() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.settings().visca()).isEqualTo(new ViscaSettings(false, 52381, 52380, true,
                    false, "/dev/ttyS0", 9600, ViscaSettings.POINT_TO_POINT, ""));
        }
    }

    @Test
    void updatesPersistAndShowInTheParameterTree() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.settings().update(Map.of(ViscaSettings.IP_ENABLED, "true", ViscaSettings.IP_PORT, "1259",
                    ViscaSettings.SERIAL_BAUD_RATE, "38400", ViscaSettings.SERIAL_POSITION, "IN-CHAIN"));
            assertThat(ViscaSettings.affectedBy(List.of(ViscaSettings.IP_PORT))).isTrue();
            assertThat(ViscaSettings.affectedBy(List.of(NetworkSettings.HOST_NAME))).isFalse();
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            ViscaSettings v = camera.settings().visca();
            assertThat(v.ipEnabled()).isTrue();
            assertThat(v.ipPort()).isEqualTo(1259);
            assertThat(v.baudRate()).isEqualTo(38400);
            assertThat(v.serialPosition()).isEqualTo(ViscaSettings.IN_CHAIN);
            assertThat(camera.parameters().list(List.of("root.VISCA.IP"), AccessLevel.ADMIN))
                    .contains("root.VISCA.IP.Enabled=yes", "root.VISCA.IP.Port=1259", "root.VISCA.IP.RawPort=52380");
        }
    }

    @Test
    void refusesBaudRatesAndPortsOutsideTheirRange() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThatThrownBy(() -> camera.settings().update(Map.of(ViscaSettings.SERIAL_BAUD_RATE, "4800")))
                    .isInstanceOf(InvalidSettingException.class);
            assertThatThrownBy(() -> camera.settings().update(Map.of(ViscaSettings.IP_PORT, "65536")))
                    .isInstanceOf(InvalidSettingException.class);
            assertThat(camera.settings().visca().baudRate()).isEqualTo(9600);
        }
    }
}
