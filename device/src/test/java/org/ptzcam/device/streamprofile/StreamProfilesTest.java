package org.ptzcam.device.streamprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.params.GroupRequestException;
import org.ptzcam.device.params.ParameterUpdateException;
import org.ptzcam.device.testsupport.TestCameras;

/** Stream profiles on a real camera (SQLite in a temp dir): CRUD, limits, bad input, persistence, param tree. */
class StreamProfilesTest {

    @TempDir
    Path dir;
    DeviceModel camera;
    StreamProfiles profiles;

    @BeforeEach
    void open() throws Exception {
        camera = TestCameras.open(dir);
        profiles = camera.streamProfiles();
    }

    @AfterEach
    void close() {
        camera.close();
    }

    @Test
    void shipsFourDefaultProfiles() throws Exception {
        assertThat(profiles.list()).extracting(StreamProfile::name)
                .containsExactly("Quality", "Balanced", "Bandwidth", "Mobile");
        assertThat(camera.parameters().list(List.of("StreamProfile"), AccessLevel.VIEWER)).startsWith(
                "root.StreamProfile.MaxGroups=26",
                "root.StreamProfile.S0.Name=Quality",
                "root.StreamProfile.S0.Description=Best image quality and full frame rate",
                "root.StreamProfile.S0.Parameters=videocodec=h264&compression=20&fps=0&videokeyframeinterval=32",
                "root.StreamProfile.S1.Name=Balanced");
        for (StreamProfile p : profiles.list()) {
            assertThat(StreamProfile.of(p.name(), p.description(), p.parameters())).isEqualTo(p);
        }
    }

    @Test
    void createdProfilesSurviveARestart() throws Exception {
        profiles.create(List.of(StreamProfile.of("hd", "HD profile:1920x1080", "resolution=1920x1080&fps=30")));
        camera.close();
        camera = TestCameras.open(dir);
        assertThat(camera.streamProfiles().find("hd")).contains(
                new StreamProfile("hd", "HD profile:1920x1080", "resolution=1920x1080&fps=30"));
        assertThat(camera.parameters().list(List.of("StreamProfile.S4.Name"), AccessLevel.VIEWER))
                .containsExactly("root.StreamProfile.S4.Name=hd");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "bad name!|fps=10|name|INVALID",
            "ünicode|fps=10|name|INVALID",
            "'a b'|fps=10|name|INVALID",
            "''|fps=10|name|MISSING",
            "ok|frobnicate=1|frobnicate|INVALID",
            "ok|fps=ten|fps|INVALID",
            "ok|compression=101|compression|INVALID",
            "ok|videocodec=vp8|videocodec|INVALID",
            "ok|streamprofile=Quality|streamprofile|INVALID",
            "ok|resolution=big|resolution|INVALID",
            "ok|fps=%zz|parameters|INVALID"})
    void badProfilesAreRefusedNamingTheField(String name, String parameters, String field, String kind) {
        assertThatThrownBy(() -> StreamProfile.of(name, "", parameters))
                .isInstanceOfSatisfying(StreamProfileException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.kind().name()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(field);
                });
    }

    @Test
    void aDuplicateNameIsRefusedAndNothingChanges() throws Exception {
        List<StreamProfile> before = profiles.list();
        assertThatThrownBy(() -> profiles.create(List.of(StreamProfile.of("new1", "", "fps=5"),
                StreamProfile.of("Quality", "", "fps=5"))))
                .isInstanceOfSatisfying(StreamProfileException.class,
                        e -> assertThat(e.kind().code()).isEqualTo(2002));
        assertThat(profiles.list()).isEqualTo(before);
    }

    @Test
    void theTwentySeventhProfileIsRefused() throws Exception {
        List<StreamProfile> more = new ArrayList<>();
        for (int i = 4; i < StreamProfiles.MAX_PROFILES; i++) {
            more.add(StreamProfile.of("p" + i, "", "fps=" + i));
        }
        profiles.create(more);
        assertThat(profiles.list()).hasSize(26);
        assertThatThrownBy(() -> profiles.create(List.of(StreamProfile.of("p26", "", ""))))
                .isInstanceOfSatisfying(StreamProfileException.class, e -> {
                    assertThat(e.kind().code()).isEqualTo(2004);
                    assertThat(e.getMessage()).contains("26");
                });
        profiles.remove(List.of("p10"));
        assertThat(profiles.create(List.of(StreamProfile.of("p26", "", "")))).containsExactly(10);
    }

    @Test
    void updateAndRemoveNeedAnExistingName() throws Exception {
        assertThatThrownBy(() -> profiles.update(List.of(StreamProfile.of("nope", "", ""))))
                .isInstanceOfSatisfying(StreamProfileException.class, e -> assertThat(e.kind().code()).isEqualTo(2006));
        assertThatThrownBy(() -> profiles.remove(List.of("Mobile", "nope")))
                .isInstanceOf(StreamProfileException.class);
        assertThat(profiles.find("Mobile")).isPresent();
        profiles.update(List.of(StreamProfile.of("Mobile", "small", "resolution=320x180")));
        assertThat(profiles.find("Mobile").orElseThrow().parameters()).isEqualTo("resolution=320x180");
    }

    @Test
    void paramCgiAddUpdateRemove() throws Exception {
        var tree = camera.parameters();
        String id = tree.add("streamprofile", "StreamProfile", List.of(
                Map.entry("StreamProfile.S.Name", "cam1"),
                Map.entry("root.StreamProfile.S.Description", "from param.cgi"),
                Map.entry("StreamProfile.S.Parameters", "resolution=640x360&fps=10")), AccessLevel.ADMIN);
        assertThat(id).isEqualTo("S4");
        assertThat(profiles.find("cam1").orElseThrow().description()).isEqualTo("from param.cgi");

        tree.update(List.of(Map.entry("StreamProfile.S4.Parameters", "fps=5")), AccessLevel.ADMIN);
        assertThat(profiles.find("cam1").orElseThrow().parameters()).isEqualTo("fps=5");
        // all or nothing with a setting in the same request
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("StreamProfile.S4.Parameters", "fps=6"),
                Map.entry("Image.I0.Appearance.Compression", "101")), AccessLevel.ADMIN))
                .isInstanceOf(ParameterUpdateException.class);
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("StreamProfile.S4.Parameters", "bogus=1")),
                AccessLevel.ADMIN)).isInstanceOfSatisfying(ParameterUpdateException.class,
                        e -> assertThat(e.reason()).contains("bogus"));
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("StreamProfile.S4.Name", "Quality")),
                AccessLevel.ADMIN)).isInstanceOf(ParameterUpdateException.class);
        assertThatThrownBy(() -> tree.update(List.of(Map.entry("StreamProfile.S4.Parameters", "fps=7")),
                AccessLevel.OPERATOR)).isInstanceOf(ParameterUpdateException.class);
        assertThat(profiles.find("cam1").orElseThrow().parameters()).isEqualTo("fps=5");

        assertThatThrownBy(() -> tree.add("streamprofile", "StreamProfile",
                List.of(Map.entry("StreamProfile.S.Name", "x y")), AccessLevel.ADMIN))
                .isInstanceOf(GroupRequestException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> tree.add("other", "StreamProfile", List.of(), AccessLevel.ADMIN))
                .isInstanceOf(GroupRequestException.class);
        assertThatThrownBy(() -> tree.remove(List.of("StreamProfile.S4", "StreamProfile.S20"), AccessLevel.ADMIN))
                .isInstanceOf(GroupRequestException.class);
        assertThat(profiles.find("cam1")).isPresent();
        tree.remove(List.of("StreamProfile.S4"), AccessLevel.ADMIN);
        assertThat(profiles.find("cam1")).isEmpty();
    }
}
