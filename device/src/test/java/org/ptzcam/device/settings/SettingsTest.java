package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ptzcam.device.settings.NetworkSettings.FRIENDLY_NAME;
import static org.ptzcam.device.settings.NetworkSettings.HOST_NAME;
import static org.ptzcam.device.settings.NetworkSettings.REDIRECT_TO_HTTPS;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsDependOnTheIdentity() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            String serial = camera.identity().serialNumber();
            assertThat(camera.settings().network()).isEqualTo(new NetworkSettings(
                    "ptzcam-" + serial.toLowerCase(), false, "ptzcam P7130 - " + serial));
        }
    }

    @Test
    void valuesSurviveCloseAndReopen() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.settings().update(Map.of(HOST_NAME, "gate-cam", REDIRECT_TO_HTTPS, "YES", FRIENDLY_NAME, "Gate"));
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.settings().network()).isEqualTo(new NetworkSettings("gate-cam", true, "Gate"));
            assertThat(camera.settings().get(REDIRECT_TO_HTTPS)).isEqualTo("yes");
            assertThat(camera.identity().hostName()).isEqualTo("gate-cam");
        }
    }

    @Test
    void storesOnlyValuesThatDifferFromTheDefault() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.settings().update(Map.of(HOST_NAME, "gate-cam", REDIRECT_TO_HTTPS, "yes"));
            camera.settings().update(Map.of(REDIRECT_TO_HTTPS, "no"));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ptzcam.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT path, value FROM setting")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1) + "=" + rows.getString(2));
            }
            assertThat(stored).containsExactly("Network.HostName=gate-cam");
        }
    }

    @Test
    void listenerHearsOnceAfterCommitWithTheChangedPaths() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            Settings settings = camera.settings();
            List<Set<String>> heard = new ArrayList<>();
            List<String> seenValues = new ArrayList<>();
            settings.addListener(paths -> {
                heard.add(paths);
                seenValues.add(settings.get(HOST_NAME)); // already committed and visible
            });
            Map<String, String> changes = new LinkedHashMap<>();
            changes.put(HOST_NAME, "cam-a");
            changes.put(FRIENDLY_NAME, "A");
            changes.put(REDIRECT_TO_HTTPS, "no"); // unchanged: not reported
            settings.update(changes);
            assertThat(heard).containsExactly(Set.of(HOST_NAME, FRIENDLY_NAME));
            assertThat(seenValues).containsExactly("cam-a");

            settings.update(Map.of(HOST_NAME, "cam-a")); // no change at all: no call
            assertThat(heard).hasSize(1);
        }
    }

    @Test
    void oneInvalidValueChangesNothingAndTellsNoOne() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            Settings settings = camera.settings();
            NetworkSettings before = settings.network();
            List<Set<String>> heard = new ArrayList<>();
            settings.addListener(heard::add);
            Map<String, String> changes = new LinkedHashMap<>();
            changes.put(HOST_NAME, "fine-name");
            changes.put(REDIRECT_TO_HTTPS, "perhaps");
            assertThatThrownBy(() -> settings.update(changes))
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                        assertThat(e.path()).isEqualTo(REDIRECT_TO_HTTPS);
                        assertThat(e.value()).isEqualTo("perhaps");
                    });
            assertThat(settings.network()).isEqualTo(before);
            assertThat(heard).isEmpty();
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.settings().get(HOST_NAME)).startsWith("ptzcam-");
        }
    }

    @ParameterizedTest(name = "{0}=''{1}'' refused")
    @CsvSource(delimiter = '|', value = {
        "Network.HostName|bad name",
        "Network.HostName|''",
        "Network.Bonjour.FriendlyName|''",
        "Network.HTTP.RedirectToHTTPS|2",
        "Network.NoSuchThing|1"})
    void refusesWithPathAndValue(String path, String value) throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThatThrownBy(() -> camera.settings().update(Map.of(path, value)))
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                        assertThat(e.path()).isEqualTo(path);
                        assertThat(e.value()).isEqualTo(value);
                        assertThat(e.getMessage()).contains(path);
                    });
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            List<Set<String>> heard = new ArrayList<>();
            camera.settings().addListener(paths -> {
                throw new IllegalStateException("listener bug (expected in this test)");
            });
            camera.settings().addListener(heard::add);
            camera.settings().update(Map.of(HOST_NAME, "cam-b"));
            assertThat(heard).containsExactly(Set.of(HOST_NAME));
        }
    }

    @Test
    void aStoredValueThatNoLongerValidatesFallsBackToTheDefault() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.settings().update(Map.of(HOST_NAME, "cam-c"));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ptzcam.db"))) {
            db.createStatement().executeUpdate("UPDATE setting SET value = 'not valid!' WHERE path = 'Network.HostName'");
            db.createStatement().executeUpdate("INSERT INTO setting VALUES ('Future.Setting', 'x')");
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.settings().get(HOST_NAME)).startsWith("ptzcam-");
        }
    }
}
