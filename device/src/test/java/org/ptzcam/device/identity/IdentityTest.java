package org.ptzcam.device.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

class IdentityTest {
    @TempDir
    Path dir;

    @Test
    void serialIsTheMacWithALetterAndStaysAcrossReopen() throws Exception {
        DeviceIdentity first;
        try (DeviceModel camera = TestCameras.open(dir)) {
            first = camera.identity();
        }
        assertThat(first.serialNumber()).matches("[0-9A-F]{12}").containsPattern("[A-F]");
        assertThat(first.macAddress()).matches("([0-9A-F]{2}:){5}[0-9A-F]{2}");
        assertThat(first.macAddress().replace(":", "")).isEqualTo(first.serialNumber());
        int firstOctet = Integer.parseInt(first.macAddress().substring(0, 2), 16);
        assertThat(firstOctet & 0x02).as("locally administered").isEqualTo(0x02);
        assertThat(firstOctet & 0x01).as("unicast").isZero();
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.identity()).isEqualTo(first);
        }
    }

    @Test
    void namesAreOurOwnAndVersionIsTheBuild() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            DeviceIdentity id = camera.identity();
            assertThat(id.brand()).isEqualTo("ptzcam");
            assertThat(id.productFullName()).isEqualTo("ptzcam P7130 PTZ Network Camera");
            assertThat(id.productNumber()).isEqualTo("P7130");
            assertThat(id.productShortName()).isEqualTo("ptzcam P7130");
            assertThat(id.productType()).isEqualTo("PTZ Network Camera");
            assertThat(id.webUrl()).isEqualTo("https://ptzcam.org");
            assertThat(id.toString()).doesNotContainIgnoringCase("axis");
            assertThat(id.firmwareVersion()).isEqualTo(TestCameras.BUILD.version());
            assertThat(id.buildDate()).isEqualTo("Jan 09 2026 10:00");
            assertThat(id.hostName()).isEqualTo("ptzcam-" + id.serialNumber().toLowerCase());
        }
    }

    @Test
    void everyGeneratedSerialHasALetter() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            assertThat(MacAddress.random(random).serialNumber()).containsPattern("[A-F]");
        }
    }

    @Test
    void macRoundTripsThroughItsColonForm() {
        MacAddress mac = MacAddress.random(new Random(7));
        assertThat(MacAddress.parse(mac.colonForm())).isEqualTo(mac);
    }

    @Test
    void buildDateInAnotherFormatIsShownAsIs() {
        assertThat(Identities.axisBuildDate("yesterday")).isEqualTo("yesterday");
        assertThat(Identities.axisBuildDate("2026-03-01T23:05:00+02:00")).isEqualTo("Mar 01 2026 21:05");
    }
}
