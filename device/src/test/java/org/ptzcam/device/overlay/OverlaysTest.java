package org.ptzcam.device.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.overlay.OverlayException.Reason;
import org.ptzcam.device.testsupport.TestCameras;

class OverlaysTest {

    @TempDir
    Path dir;

    private static TextOverlay text(String s, String position) {
        return new TextOverlay(0, 1, s, OverlayPosition.parse(position), OverlayColor.WHITE,
                OverlayColor.parse("semitransparent"), OverlayColor.BLACK, 0);
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFFFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void overlaysSurviveARestartWithTheirIdentities() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            Overlays overlays = camera.overlays();
            TextOverlay a = overlays.addText(text("%F %T", "topLeft"));
            overlays.images().store("logo.png", png(40, 20), 1920, 1080);
            ImageOverlay b = overlays.addImage(new ImageOverlay(0, 1, "logo.png", OverlayPosition.at(0.5, -0.25)));
            assertThat(b.identity()).isGreaterThan(a.identity());
            overlays.update(new TextOverlay(a.identity(), 1, "pan #x", OverlayPosition.parse("bottom"),
                    OverlayColor.parse("red"), OverlayColor.TRANSPARENT, OverlayColor.WHITE, 48));
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.overlays().all()).hasSize(2);
            TextOverlay t = (TextOverlay) camera.overlays().all().get(0);
            assertThat(t.text()).isEqualTo("pan #x");
            assertThat(t.position().text()).isEqualTo("bottom");
            assertThat(t.textColor().name()).isEqualTo("red");
            assertThat(t.fontSize()).isEqualTo(48);
            ImageOverlay i = (ImageOverlay) camera.overlays().all().get(1);
            assertThat(i.overlayPath()).isEqualTo("logo.png");
            assertThat(i.position().x()).isEqualTo(0.5);
            assertThat(i.position().y()).isEqualTo(-0.25);
            camera.overlays().remove(t.identity());
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.overlays().all()).extracting(Overlay::identity).hasSize(1);
        }
    }

    @Test
    void listenersHearEveryChangeAfterItIsVisible() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            AtomicInteger heard = new AtomicInteger();
            camera.overlays().addListener(() -> heard.addAndGet(camera.overlays().all().size() * 10 + 1));
            TextOverlay a = camera.overlays().addText(text("x", "top"));
            camera.overlays().remove(a.identity());
            assertThat(heard.get()).isEqualTo(11 + 1);
        }
    }

    @Test
    void badValuesNameTheFieldAndStoreNothing() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            Overlays overlays = camera.overlays();
            assertThatThrownBy(() -> overlays.addText(new TextOverlay(0, 2, "x", OverlayPosition.TOP_LEFT,
                    OverlayColor.WHITE, OverlayColor.BLACK, OverlayColor.BLACK, 0)))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("camera"));
            assertThatThrownBy(() -> overlays.addText(new TextOverlay(0, 1, "x", OverlayPosition.TOP_LEFT,
                    OverlayColor.WHITE, OverlayColor.BLACK, OverlayColor.BLACK, 500)))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("fontSize"));
            assertThatThrownBy(() -> overlays.addText(text("y".repeat(513), "top")))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("text"));
            assertThatThrownBy(() -> overlays.addImage(new ImageOverlay(0, 1, "missing.png", OverlayPosition.TOP_LEFT)))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("overlayPath"));
            assertThatThrownBy(() -> overlays.update(text("z", "top").withIdentity(99)))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
            assertThatThrownBy(() -> overlays.remove(99))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
            assertThat(overlays.all()).isEmpty();
        }
        assertThatThrownBy(() -> OverlayPosition.parse("middle")).hasMessageContaining("topLeft");
        assertThatThrownBy(() -> OverlayPosition.parse("1.5,0")).hasMessageContaining("-1..1");
        assertThatThrownBy(() -> OverlayColor.parse("purple")).hasMessageContaining("semitransparent");
    }

    @Test
    void theOverlayLimitHolds() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            for (int i = 0; i < Overlays.MAX_OVERLAYS; i++) {
                camera.overlays().addText(text("n" + i, "top"));
            }
            assertThatThrownBy(() -> camera.overlays().addText(text("one more", "top")))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LIMIT));
            assertThat(camera.overlays().all()).hasSize(Overlays.MAX_OVERLAYS);
        }
    }

    @Test
    void uploadsThatAreNotImagesTooLargeOrBiggerThanTheStreamLeaveNothing() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            OverlayImages images = camera.overlays().images();
            assertThatThrownBy(() -> images.store("a.png", "hello, not a picture".getBytes(), 1920, 1080))
                    .hasMessageContaining("not a PNG or BMP");
            byte[] broken = png(10, 10);
            broken[30] ^= 0x55; // a PNG header with a damaged body
            byte[] truncated = java.util.Arrays.copyOf(broken, 40);
            assertThatThrownBy(() -> images.store("b.png", truncated, 1920, 1080)).hasMessageContaining("cannot be decoded");
            assertThatThrownBy(() -> images.store("c.png", new byte[OverlayImages.MAX_FILE_BYTES + 1], 1920, 1080))
                    .hasMessageContaining("limit is " + OverlayImages.MAX_FILE_BYTES);
            assertThatThrownBy(() -> images.store("d.png", png(641, 20), 640, 360))
                    .hasMessageContaining("larger than the stream (640x360)");
            assertThatThrownBy(() -> images.store("e.png", png(20, 361), 640, 360))
                    .hasMessageContaining("20x361, larger than the stream (640x360)");
            for (String evil : new String[] {"../../etc/passwd.png", "..png", ".hidden.png", "a b.png", "x.gif", "x.png/"}) {
                String name = evil;
                if (name.equals("../../etc/passwd.png")) {
                    // only the last path segment of a client file name counts: stored inside the folder
                    assertThat(OverlayImages.sanitise(name)).isEqualTo("passwd.png");
                    continue;
                }
                assertThatThrownBy(() -> images.store(name, png(4, 4), 1920, 1080))
                        .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("name"));
            }
            assertThat(images.list()).isEmpty();
            assertThat(!Files.exists(images.dir()) || Files.list(images.dir()).count() == 0).isTrue();

            OverlayImageFile ok = images.store("C:\\pictures\\logo.png", png(40, 20), 1920, 1080);
            assertThat(ok.name()).isEqualTo("logo.png");
            assertThat(images.list()).containsExactly(ok);
            assertThat(Files.exists(dir.resolve("overlays/logo.png"))).isTrue();
        }
    }

    /** A PNG whose header declares {@code w × h} 8-bit grey pixels, with a token IDAT: a few hundred bytes. */
    static byte[] pngDeclaring(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] idat = new byte[8192];
        chunk(out, "IDAT", java.util.Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aSmallFileDeclaringAHugePictureIsRefusedBeforeDecoding() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            byte[] bomb = pngDeclaring(40_000, 40_000); // 1.6 GB of pixels if decoded
            assertThat(bomb.length).isLessThan(1000);
            assertThatThrownBy(() -> camera.overlays().images().store("bomb.png", bomb, 1920, 1080))
                    .isInstanceOfSatisfying(OverlayException.class, e -> assertThat(e.field()).isEqualTo("file"))
                    .hasMessageContaining("40000x40000, larger than the stream (1920x1080)");
            assertThat(camera.overlays().images().list()).isEmpty();
        }
    }

    @Test
    void anImageInUseCannotBeDeletedAndFactoryDefaultRemovesImages() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            camera.overlays().images().store("logo.png", png(8, 8), 1920, 1080);
            ImageOverlay o = camera.overlays().addImage(new ImageOverlay(0, 1, "logo.png", OverlayPosition.TOP_LEFT));
            assertThatThrownBy(() -> camera.overlays().deleteImage("logo.png")).hasMessageContaining("overlay " + o.identity());
            camera.overlays().remove(o.identity());
            camera.overlays().deleteImage("logo.png");
            assertThat(camera.overlays().images().list()).isEmpty();
            camera.overlays().images().store("again.png", png(8, 8), 1920, 1080);
        }
        DeviceModel.factoryDefault(dir);
        assertThat(Files.exists(dir.resolve("overlays/again.png"))).isFalse();
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.overlays().all()).isEmpty();
        }
    }
}
