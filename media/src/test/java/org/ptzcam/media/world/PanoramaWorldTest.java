package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

class PanoramaWorldTest {

    /** Left half (bearings −180…0) white, right half (0…180) black. */
    private static BufferedImage halves() {
        BufferedImage img = new BufferedImage(720, 360, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 720; x++) {
                img.setRGB(x, y, x < 360 ? 0xffffff : 0x000000);
            }
        }
        return img;
    }

    private static YuvFrame render(World w, ViewState v) {
        return SimulatedWorldTest.render(w, v, 0, 320, 180);
    }

    @Test
    void looksWhiteTowardTheWhiteHalfAndBlackTowardTheBlack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("halves.png");
        ImageIO.write(halves(), "png", file.toFile());
        PanoramaWorld world = PanoramaWorld.load(file);
        assertThat(Luma.mean(render(world, ViewState.of(-90, 0, 1)))).isGreaterThan(250);
        assertThat(Luma.mean(render(world, ViewState.of(90, 0, 1)))).isLessThan(5);
        // looking along the seam at bearing 0: half of each
        assertThat(Luma.mean(render(world, ViewState.of(0, 0, 1)))).isBetween(100.0, 155.0);
    }

    @Test
    void elevationMapsTopToZenith() {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                img.setRGB(x, y, y < 100 ? 0x3366ff : 0x336600); // blue sky over green ground
            }
        }
        PanoramaWorld world = PanoramaWorld.of(img);
        YuvFrame up = render(world, ViewState.of(33, 20, 10)), down = render(world, ViewState.of(33, -45, 1));
        assertThat(up.u().get(45 * 160 + 80) & 255).as("blue").isGreaterThan(160);
        assertThat(down.u().get(45 * 160 + 80) & 255).as("green").isLessThan(110);
    }

    @Test
    void isDeterministicAndStill() {
        PanoramaWorld world = PanoramaWorld.of(halves());
        ViewState v = ViewState.of(-3, -20, 2);
        YuvFrame a = render(world, v), b = SimulatedWorldTest.render(world, v, 99_999, 320, 180);
        assertThat(Luma.difference(a, b, 0, 0, 320, 180)).isZero();
        assertThat(world.sceneLightLux(0)).isEqualTo(world.sceneLightLux(1_000_000));
    }

    @Test
    void rejectsFilesThatAreNotImages(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> PanoramaWorld.load(file)).isInstanceOf(IOException.class);
    }
}
