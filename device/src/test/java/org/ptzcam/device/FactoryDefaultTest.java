package org.ptzcam.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.settings.NetworkSettings;
import org.ptzcam.device.testsupport.TestCameras;

class FactoryDefaultTest {
    @TempDir
    Path dir;

    @Test
    void removesSettingsAndCertificateButKeepsTheIdentity() throws Exception {
        byte[] oldCert;
        String oldSerial;
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.settings().update(Map.of(NetworkSettings.HOST_NAME, "custom", NetworkSettings.REDIRECT_TO_HTTPS, "yes"));
            oldCert = camera.certificates().certificate().getEncoded();
            oldSerial = camera.identity().serialNumber();
        }
        DeviceModel.factoryDefault(dir);
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.certificates().certificate().getEncoded()).isNotEqualTo(oldCert);
            assertThat(camera.identity().serialNumber()).isEqualTo(oldSerial);
            assertThat(camera.settings().network().redirectHttpToHttps()).isFalse();
            assertThat(camera.settings().network().hostName()).isEqualTo(
                    "ptzcam-" + camera.identity().serialNumber().toLowerCase());
        }
    }

    @Test
    void leavesUnrelatedFilesUntouched() throws Exception {
        TestCameras.open(dir).close();
        Path log = Files.writeString(dir.resolve("ptzcam.log"), "log line\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine\n");
        Path similar = Files.writeString(dir.resolve("ptzcam.db.backup"), "backup\n");
        Path sub = Files.createDirectories(dir.resolve("recordings"));
        Path clip = Files.writeString(sub.resolve("clip.mkv"), "video");

        DeviceModel.factoryDefault(dir);

        assertThat(dir.resolve("ptzcam.db")).doesNotExist();
        assertThat(dir.resolve("https-certificate.pem")).doesNotExist();
        assertThat(Files.readString(log)).isEqualTo("log line\n");
        assertThat(Files.readString(notes)).isEqualTo("mine\n");
        assertThat(Files.readString(similar)).isEqualTo("backup\n");
        assertThat(Files.readString(clip)).isEqualTo("video");
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".lock", "device-identity.properties", "ptzcam.log", "notes.txt", "ptzcam.db.backup", "recordings");
        }
    }

    @Test
    void damagedIdentityIsReportedAndLeftAlone() throws Exception {
        TestCameras.open(dir).close();
        Path identity = Files.writeString(dir.resolve("device-identity.properties"), "mac=not-a-mac\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestCameras.open(dir))
                .isInstanceOf(DeviceStartException.class)
                .hasMessageContaining("device-identity.properties").hasMessageContaining("damaged");
        assertThat(Files.readString(identity)).isEqualTo("mac=not-a-mac\n");
    }

    @Test
    void missingDirectoryIsAlreadyDefaultAndIsNotCreated() throws Exception {
        Path missing = dir.resolve("never-used");
        DeviceModel.factoryDefault(missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void worksTwiceInARow() throws Exception {
        TestCameras.open(dir).close();
        DeviceModel.factoryDefault(dir);
        DeviceModel.factoryDefault(dir);
        TestCameras.open(dir).close();
    }
}
