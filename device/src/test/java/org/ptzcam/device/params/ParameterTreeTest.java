package org.ptzcam.device.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.ANONYMOUS;
import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

class ParameterTreeTest {
    @TempDir
    Path dir;
    DeviceModel camera;
    ParameterTree tree;
    String serial;

    @BeforeEach
    void open() throws Exception {
        camera = TestCameras.open(dir);
        tree = camera.parameters();
        serial = camera.identity().serialNumber();
    }

    @AfterEach
    void close() {
        camera.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"root.Brand", "Brand", "root.brand"})
    void listsBrandExactly(String group) throws Exception {
        assertThat(tree.list(List.of(group), VIEWER)).containsExactly(
                "root.Brand.Brand=ptzcam",
                "root.Brand.ProdFullName=ptzcam P7130 PTZ Network Camera",
                "root.Brand.ProdNbr=P7130",
                "root.Brand.ProdShortName=ptzcam P7130",
                "root.Brand.ProdType=PTZ Network Camera",
                "root.Brand.ProdVariant=",
                "root.Brand.WebURL=https://ptzcam.org");
    }

    @Test
    void listsWhatHomeAssistantNeedsInProperties() throws Exception {
        assertThat(tree.list(List.of("root.Properties"), VIEWER)).contains(
                "root.Properties.API.HTTP.Version=3",
                "root.Properties.Firmware.BuildDate=Jan 09 2026 10:00",
                "root.Properties.Firmware.BuildNumber=1",
                "root.Properties.Firmware.Version=0.1.0-test",
                "root.Properties.System.SerialNumber=" + serial,
                "root.Properties.Image.Format=jpeg,mjpeg,h264,h265,av1",
                "root.Properties.PTZ.PTZ=yes",
                "root.Properties.LightControl.LightControl2=no");
    }

    @Test
    void everythingIsListedInTreeOrderWithGroupsTogether() throws Exception {
        camera.runtime().setPort("rtsp", 8554);
        camera.runtime().setPort("http", 8080);
        camera.runtime().setPort("https", 8443);
        List<String> all = tree.list(List.of(), ADMIN);
        assertThat(all).allMatch(line -> line.startsWith("root."));
        assertThat(all.getFirst()).startsWith("root.Brand.");
        assertThat(all.stream().map(line -> line.substring(0, line.indexOf('='))).filter(p -> p.startsWith("root.Network")))
                .containsExactly("root.Network.HostName", "root.Network.Bonjour.FriendlyName",
                        "root.Network.HTTP.RedirectToHTTPS", "root.Network.HTTP.BasicOverHTTP",
                        "root.Network.HTTP.DigestAlgorithms", "root.Network.HTTP.Port", "root.Network.HTTPS.Policy",
                        "root.Network.HTTPS.Port", "root.Network.RTP.R0.VideoAddress", "root.Network.RTP.R0.VideoPort",
                        "root.Network.RTP.R0.TTL", "root.Network.eth0.MACAddress", "root.Network.RTSP.Port");
        assertThat(tree.list(List.of("root"), ADMIN)).isEqualTo(all);
    }

    @Test
    void portsAppearOnlyOnceListening() throws Exception {
        assertThatThrownBy(() -> tree.list(List.of("Network.RTSP.Port"), VIEWER))
                .isInstanceOf(UnknownGroupException.class);
        camera.runtime().setPort("rtsp", 554);
        assertThat(tree.list(List.of("Network.RTSP.Port"), VIEWER)).containsExactly("root.Network.RTSP.Port=554");
    }

    @Test
    void wildcardMatchesOneSegment() throws Exception {
        camera.runtime().setPort("rtsp", 554);
        camera.runtime().setPort("https", 443);
        assertThat(tree.list(List.of("Network.*.Port"), VIEWER))
                .containsExactly("root.Network.HTTPS.Port=443", "root.Network.RTSP.Port=554");
        assertThat(tree.list(List.of("root.Properties.*.Version"), VIEWER))
                .containsExactly("root.Properties.Firmware.Version=0.1.0-test");
        assertThat(tree.list(List.of("Properties.API.*.Version"), VIEWER))
                .containsExactly("root.Properties.API.HTTP.Version=3", "root.Properties.API.RTSP.Version=2.01");
    }

    @Test
    void severalGroupsKeepTheirOrderAndListEachParameterOnce() throws Exception {
        assertThat(tree.list(List.of("Network.HostName", "Brand.ProdNbr", "Network.HostName"), VIEWER))
                .containsExactly("root.Network.HostName=ptzcam-" + serial.toLowerCase(), "root.Brand.ProdNbr=P7130");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root.NoSuchGroup", "Bra", "Brand.Nope", "", "root.", "Brand..Brand", "Brand.*.X"})
    void unknownGroupNamesTheGroupAsGiven(String group) {
        assertThatThrownBy(() -> tree.list(List.of("Brand", group), ADMIN))
                .isInstanceOfSatisfying(UnknownGroupException.class, e -> {
                    assertThat(e.group()).isEqualTo(group);
                    assertThat(e.getMessage()).isEqualTo("Error -1 getting param in group '" + group + "'");
                });
    }

    @Test
    void levelsFilterWhatIsListed() throws Exception {
        assertThat(tree.list(List.of("Network"), VIEWER)).noneMatch(line -> line.contains("RedirectToHTTPS"))
                .anyMatch(line -> line.startsWith("root.Network.HostName="))
                .anyMatch(line -> line.startsWith("root.Network.Bonjour.FriendlyName="));
        assertThat(tree.list(List.of("Network"), ADMIN)).contains("root.Network.HTTP.RedirectToHTTPS=no");
        assertThatThrownBy(() -> tree.list(List.of("Network.HTTP.RedirectToHTTPS"), OPERATOR))
                .isInstanceOf(UnknownGroupException.class);
        assertThatThrownBy(() -> tree.list(List.of("Brand"), ANONYMOUS)).isInstanceOf(UnknownGroupException.class);
        assertThat(tree.list(List.of(), ANONYMOUS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"root.Network.HostName", "Network.HostName", "network.hostname"})
    void updatesWithOrWithoutRoot(String name) throws Exception {
        tree.update(List.of(Map.entry(name, "gate")), ADMIN);
        assertThat(camera.settings().network().hostName()).isEqualTo("gate");
        assertThat(tree.list(List.of("Network.HostName"), VIEWER)).containsExactly("root.Network.HostName=gate");
    }

    @Test
    void updateNormalisesLikeTheSettings() throws Exception {
        tree.update(List.of(Map.entry("Network.HTTP.RedirectToHTTPS", "TRUE")), ADMIN);
        assertThat(tree.list(List.of("Network.HTTP.RedirectToHTTPS"), ADMIN))
                .containsExactly("root.Network.HTTP.RedirectToHTTPS=yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root.Brand.Brand", "Network.eth0.MACAddress", "Properties.PTZ.PTZ", "root.No.Such", "root"})
    void refusesReadOnlyAndUnknownNames(String name) {
        assertThatThrownBy(() -> tree.update(List.of(Map.entry(name, "x")), ADMIN))
                .isInstanceOfSatisfying(ParameterUpdateException.class, e -> {
                    assertThat(e.name()).isEqualTo(name);
                    assertThat(e.value()).isEqualTo("x");
                    assertThat(e.getMessage()).isEqualTo("Error setting '" + name + "' to 'x'!");
                });
    }

    @Test
    void refusesWritesAboveTheCallersLevel() {
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("Network.HostName", "cam")), OPERATOR))
                .isInstanceOf(ParameterUpdateException.class);
        assertThat(camera.settings().network().hostName()).startsWith("ptzcam-");
    }

    @Test
    void anInvalidValueRefusesTheWholeUpdateNamingItAsGiven() {
        String before = camera.settings().network().hostName();
        assertThatThrownBy(() -> tree.update(List.of(
                Map.entry("Network.HostName", "good-name"),
                Map.entry("root.Network.HTTP.RedirectToHTTPS", "sometimes")), ADMIN))
                .isInstanceOfSatisfying(ParameterUpdateException.class, e -> {
                    assertThat(e.name()).isEqualTo("root.Network.HTTP.RedirectToHTTPS");
                    assertThat(e.value()).isEqualTo("sometimes");
                });
        assertThat(camera.settings().network().hostName()).isEqualTo(before);
    }
}
