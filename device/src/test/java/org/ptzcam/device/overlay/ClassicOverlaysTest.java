package org.ptzcam.device.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.params.ParameterTree;
import org.ptzcam.device.params.ParameterUpdateException;
import org.ptzcam.device.testsupport.TestCameras;

/** The classic {@code Image.I0.Text}/{@code Image.I0.Overlay} parameters as overlays of the overlay model. */
class ClassicOverlaysTest {

    @TempDir
    Path dir;

    private static void update(ParameterTree tree, String... pairs) throws ParameterUpdateException {
        List<Map.Entry<String, String>> updates = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            updates.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        tree.update(updates, AccessLevel.OPERATOR);
    }

    @Test
    void listedWithTheHardwareDefaultsAndNothingDrawn() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.parameters().list(List.of("root.Image.I0.Text"), AccessLevel.VIEWER)).containsExactly(
                    "root.Image.I0.Text.BGColor=black", "root.Image.I0.Text.ClockEnabled=no",
                    "root.Image.I0.Text.Color=white", "root.Image.I0.Text.DateEnabled=no",
                    "root.Image.I0.Text.Position=top", "root.Image.I0.Text.String=",
                    "root.Image.I0.Text.TextEnabled=no", "root.Image.I0.Text.TextSize=medium");
            assertThat(camera.parameters().list(List.of("Image.I0.Overlay"), AccessLevel.VIEWER)).containsExactly(
                    "root.Image.I0.Overlay.Enabled=no", "root.Image.I0.Overlay.XPos=0",
                    "root.Image.I0.Overlay.YPos=0");
            assertThat(camera.overlays().drawn()).isEmpty();
        }
    }

    @Test
    void theTextLineIsDateClockAndStringAndSurvivesARestart() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            AtomicInteger heard = new AtomicInteger();
            camera.overlays().addListener(heard::incrementAndGet);
            update(camera.parameters(), "Image.I0.Text.TextEnabled", "yes", "Image.I0.Text.String", "Gate #x",
                    "root.Image.I0.Text.DateEnabled", "yes", "Image.I0.Text.ClockEnabled", "yes",
                    "Image.I0.Text.Position", "bottom", "Image.I0.Text.Color", "black",
                    "Image.I0.Text.BGColor", "semitransparent", "Image.I0.Text.TextSize", "large");
            assertThat(heard.get()).as("the video stage hears it").isEqualTo(1);
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.overlays().all()).as("not an API overlay").isEmpty();
            assertThat(camera.overlays().drawn()).singleElement().isInstanceOfSatisfying(TextOverlay.class, t -> {
                assertThat(t.identity()).isEqualTo(ClassicOverlays.TEXT_IDENTITY);
                assertThat(t.text()).isEqualTo("%F %T Gate #x");
                assertThat(t.position().text()).isEqualTo("bottomLeft");
                assertThat(t.textColor().name()).isEqualTo("black");
                assertThat(t.textBGColor().name()).isEqualTo("semitransparent");
                assertThat(t.textOLColor().invisible()).as("no outline on a box").isTrue();
                assertThat(t.fontSize()).as("1/20 of 1080").isEqualTo(54);
            });
            // TextEnabled=no keeps date and clock; all three off removes the line
            update(camera.parameters(), "Image.I0.Text.BGColor", "transparent");
            assertThat(((TextOverlay) camera.overlays().drawn().get(0)).textOLColor().name())
                    .as("black text on no box: white outline").isEqualTo("white");
            update(camera.parameters(), "Image.I0.Text.TextEnabled", "no");
            assertThat(((TextOverlay) camera.overlays().drawn().get(0)).text()).isEqualTo("%F %T");
            update(camera.parameters(), "Image.I0.Text.DateEnabled", "no", "Image.I0.Text.ClockEnabled", "no");
            assertThat(camera.overlays().drawn()).isEmpty();
        }
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            for (String[] bad : new String[][] {{"Image.I0.Text.Position", "middle"},
                    {"Image.I0.Text.TextSize", "48"}, {"Image.I0.Text.Color", "#FFFFFF"},
                    {"Image.I0.Text.BGColor", "plaid"}, {"Image.I0.Text.TextEnabled", "maybe"},
                    {"Image.I0.Text.String", "two\nlines"}, {"Image.I0.Overlay.XPos", "-1"},
                    {"Image.OverlayPath", "nothere.png"}}) {
                assertThatThrownBy(() -> update(camera.parameters(), "Image.I0.Text.TextEnabled", "yes", bad[0], bad[1]))
                        .isInstanceOfSatisfying(ParameterUpdateException.class,
                                e -> assertThat(e.getMessage()).isEqualTo("Error setting '" + bad[0] + "' to '"
                                        + bad[1] + "'!"));
            }
            assertThat(camera.settings().classicOverlay().textEnabled()).as("all or nothing").isFalse();
        }
    }

    @Test
    void theImageOverlayShowsAnUploadedImageAtItsPixelPosition() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.overlays().images().store("logo.png", OverlaysTest.png(120, 80), 1920, 1080);
            update(camera.parameters(), "Image.OverlayPath", "/etc/overlays/logo.png", "Image.I0.Overlay.XPos", "900",
                    "Image.I0.Overlay.YPos", "5000", "Image.I0.Overlay.Enabled", "yes");
            ImageOverlay image = (ImageOverlay) camera.overlays().drawn().get(0);
            assertThat(image.identity()).isEqualTo(ClassicOverlays.IMAGE_IDENTITY);
            assertThat(image.overlayPath()).isEqualTo("logo.png");
            // back to pixels: x as asked, y kept inside the picture (1080 − 80)
            assertThat(image.position().place(1920, 1080, 120, 80)).containsExactly(900, 1000);
            assertThatThrownBy(() -> camera.overlays().deleteImage("logo.png")).hasMessageContaining("Image.OverlayPath");
            // named but not shown: still not deletable
            update(camera.parameters(), "Image.I0.Overlay.Enabled", "no");
            assertThat(camera.overlays().drawn()).isEmpty();
            assertThatThrownBy(() -> camera.overlays().deleteImage("logo.png")).isInstanceOf(OverlayException.class);
            update(camera.parameters(), "Image.OverlayPath", "");
            camera.overlays().deleteImage("logo.png");
        }
    }

    @Test
    void textSizesFollowTheCaptureHeight() {
        assertThat(ClassicOverlays.fontSize("small", 1080)).isEqualTo(24);
        assertThat(ClassicOverlays.fontSize("medium", 1080)).isEqualTo(36);
        assertThat(ClassicOverlays.fontSize("large", 720)).isEqualTo(36);
        assertThat(ClassicOverlays.fontSize("small", 180)).isEqualTo(Overlays.MIN_FONT_SIZE);
    }
}
