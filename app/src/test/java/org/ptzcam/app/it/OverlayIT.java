package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlays through the real jar: dynamicoverlay.cgi and the image upload with curl, the result
 * measured in snapshots decoded by ffmpeg and in an RTSP recording that was running all along.
 * The scene is frozen (scene time rate 0), so two snapshots differ only where an overlay is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverlayIT {

    private static final String CGI = "/axis-cgi/dynamicoverlay/dynamicoverlay.cgi";
    private static final String UPLOAD = "/axis-cgi/uploadoverlayimage.cgi";
    private static final int W = 640, H = 360;

    @TempDir
    static Path tmp;

    private final ObjectMapper json = new ObjectMapper();
    private CameraProcess camera;
    private int shot;

    @BeforeAll
    void start() throws Exception {
        camera = CameraProcess.start(tmp.resolve("cam"), "--seed", "5", "--scene-time", "2026-06-21T13:00:00Z",
                "--scene-time-rate", "0");
    }

    @AfterAll
    void stop() throws Exception {
        camera.close();
    }

    private JsonNode call(String method, String params) throws Exception {
        Curl.Reply r = Curl.run("-X", "POST", "--data", "{\"apiVersion\":\"1.0\",\"context\":\"it\",\"method\":\""
                + method + "\",\"params\":" + params + "}", camera.http(CGI));
        assertThat(r.status()).as(r.stderr()).isEqualTo(200);
        JsonNode reply = json.readTree(r.body());
        assertThat(reply.path("context").asText()).isEqualTo("it");
        assertThat(reply.path("method").asText()).isEqualTo(method);
        return reply;
    }

    /** A snapshot decoded to planar YUV 4:4:4 at W×H. */
    private byte[] snapshot() throws Exception {
        Path jpeg = tmp.resolve("shot" + (++shot) + ".jpg");
        Path raw = tmp.resolve("shot" + shot + ".yuv");
        Curl.Reply r = Curl.run("-o", jpeg.toString(), camera.http("/axis-cgi/jpg/image.cgi?resolution=" + W + "x" + H
                + "&compression=10"));
        assertThat(r.status()).isEqualTo(200);
        FfTools.Run d = FfTools.ffmpeg("-v", "error", "-y", "-i", jpeg.toString(), "-f", "rawvideo", "-pix_fmt",
                "yuv444p", raw.toString());
        assertThat(d.exitCode()).as(d.stderr()).isZero();
        return Files.readAllBytes(raw);
    }

    /** Mean absolute luma difference over a region. */
    private static double diff(byte[] a, byte[] b, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += Math.abs((a[y * W + x] & 255) - (b[y * W + x] & 255));
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }

    private static double meanV(byte[] frame, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += frame[2 * W * H + y * W + x] & 255;
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }

    private int overlayCount() throws Exception {
        JsonNode data = call("list", "{}").path("data");
        return data.path("textOverlays").size() + data.path("imageOverlays").size();
    }

    @Test
    @Order(1)
    void addedTextAppearsAtItsPositionAndNowhereElse() throws Exception {
        byte[] before = snapshot();
        JsonNode added = call("addText", "{\"camera\":1,\"text\":\"OVERLAY %Y\",\"position\":\"topLeft\","
                + "\"textColor\":\"white\",\"textBGColor\":\"black\",\"fontSize\":80}");
        assertThat(added.path("data").path("camera").asInt()).isEqualTo(1);
        int id = added.path("data").path("identity").asInt();
        byte[] after = snapshot();
        assertThat(diff(before, after, 0, 0, W / 4, H / 10)).as("top-left corner").isGreaterThan(20);
        assertThat(diff(before, after, W / 2, H / 2, W, H)).as("bottom-right quarter").isLessThan(1.5);
        JsonNode listed = call("list", "{\"identity\":" + id + "}").path("data").path("textOverlays").get(0);
        assertThat(listed.path("text").asText()).isEqualTo("OVERLAY %Y");
        assertThat(listed.path("position").asText()).isEqualTo("topLeft");
        assertThat(listed.path("fontSize").asInt()).isEqualTo(80);

        call("setText", "{\"identity\":" + id + ",\"position\":\"bottomRight\"}");
        byte[] moved = snapshot();
        assertThat(diff(before, moved, 0, 0, W / 4, H / 10)).as("top-left after the move").isLessThan(1.5);
        assertThat(diff(before, moved, W * 3 / 4, H * 9 / 10, W, H)).as("bottom-right after the move").isGreaterThan(20);
        assertThat(call("remove", "{\"identity\":" + id + "}").path("data").isObject()).isTrue();
        assertThat(diff(before, snapshot(), 0, 0, W, H)).isLessThan(0.5);
    }

    private static Path png(Path file, int w, int h, int argb) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, argb);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    @Order(2)
    void uploadedImageAppearsAtItsPosition() throws Exception {
        byte[] before = snapshot();
        Path red = png(tmp.resolve("red.png"), 300, 150, 0xFFFF0000);
        Curl.Reply up = Curl.run("-F", "file=@" + red + ";type=image/png", camera.http(UPLOAD));
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(json.readTree(up.body()).path("data").path("name").asText()).isEqualTo("red.png");
        JsonNode added = call("addImage", "{\"camera\":1,\"overlayPath\":\"red.png\",\"position\":[1,1]}");
        int id = added.path("data").path("identity").asInt();
        byte[] after = snapshot();
        // 300×150 at 1920×1080 is 100×50 in a 640×360 snapshot, in the bottom-right corner
        assertThat(meanV(after, W - 95, H - 45, W - 5, H - 5)).as("red: Cr high").isGreaterThan(220);
        assertThat(diff(before, after, 0, 0, W - 110, H - 60)).as("elsewhere").isLessThan(1.5);
        assertThat(call("list", "{}").path("data").path("imageFiles").toString()).contains("red.png");
        call("remove", "{\"identity\":" + id + "}");
    }

    @Test
    @Order(3)
    void badUploadsAreRefusedWithTheReasonAndStoreNothing() throws Exception {
        int images = json.readTree(Curl.run(camera.http(UPLOAD + "?action=list")).body()).path("data").path("images").size();
        Path text = Files.writeString(tmp.resolve("notes.png"), "this is not a picture");
        Curl.Reply notImage = Curl.run("-F", "file=@" + text, camera.http(UPLOAD));
        assertThat(notImage.status()).isEqualTo(400);
        assertThat(notImage.body()).contains("not a PNG or BMP");

        Path big = tmp.resolve("big.png");
        byte[] huge = new byte[(1 << 20) + 10];
        System.arraycopy(Files.readAllBytes(png(tmp.resolve("seed.png"), 4, 4, 0xFF00FF00)), 0, huge, 0, 8);
        Files.write(big, huge);
        // no "Expect: 100-continue": the interim 100 would be the first header block curl prints
        Curl.Reply tooLarge = Curl.run("-H", "Expect:", "-F", "file=@" + big, camera.http(UPLOAD));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("1048576");

        Curl.Reply wider = Curl.run("-F", "file=@" + png(tmp.resolve("wide.png"), 1921, 10, 0xFF0000FF),
                camera.http(UPLOAD));
        assertThat(wider.status()).isEqualTo(400);
        assertThat(wider.body()).contains("larger than the stream");

        Curl.Reply sneaky = Curl.run("-F", "file=@" + png(tmp.resolve("ok.png"), 4, 4, 0xFF0000FF)
                + ";filename=..%2F..%2Fx y.png", camera.http(UPLOAD));
        assertThat(sneaky.status()).isEqualTo(400);

        assertThat(json.readTree(Curl.run(camera.http(UPLOAD + "?action=list")).body()).path("data").path("images").size())
                .isEqualTo(images);
        try (var files = Files.list(tmp.resolve("cam/overlays"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).allMatch(n -> n.equals("red.png"));
        }
    }

    @Test
    @Order(4)
    void badOverlayCallsNameTheFieldAndStoreNothing() throws Exception {
        int count = overlayCount();
        JsonNode position = call("addText", "{\"camera\":1,\"text\":\"x\",\"position\":\"middle\"}");
        assertThat(position.path("error").path("code").asInt()).isEqualTo(304);
        assertThat(position.path("error").path("message").asText()).isEqualTo("Invalid value for parameter position");
        JsonNode colour = call("addText", "{\"camera\":1,\"text\":\"x\",\"textColor\":\"plaid\"}");
        assertThat(colour.path("error").path("message").asText()).isEqualTo("Invalid value for parameter textColor");
        JsonNode cam = call("addText", "{\"camera\":3,\"text\":\"x\"}");
        assertThat(cam.path("error").path("message").asText()).startsWith("Invalid value for parameter camera");
        JsonNode missing = call("addText", "{\"camera\":1}");
        assertThat(missing.path("error").path("message").asText()).contains("text");
        JsonNode unknown = call("setText", "{\"identity\":4242,\"text\":\"y\"}");
        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(305);
        JsonNode noImage = call("addImage", "{\"camera\":1,\"overlayPath\":\"nothere.png\"}");
        assertThat(noImage.path("error").path("message").asText()).startsWith("Invalid value for parameter overlayPath");
        JsonNode method = call("frobnicate", "{}");
        assertThat(method.path("error").path("code").asInt()).isEqualTo(2004);
        assertThat(overlayCount()).isEqualTo(count);
    }

    @Test
    @Order(5)
    void anRtspClientConnectedBeforeTheOverlayKeepsStreamingAndSeesIt() throws Exception {
        String url = camera.rtspWithCredentials("/axis-media/media.amp?videocodec=h264&resolution=" + W + "x" + H
                + "&fps=10");
        Path out = tmp.resolve("live.mkv");
        CompletableFuture<FfTools.Run> recording = CompletableFuture.supplyAsync(() -> {
            try {
                return FfTools.ffmpeg("-v", "error", "-y", "-rtsp_transport", "tcp", "-i", url, "-t", "8", "-c", "copy",
                        out.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // ffmpeg connects within a second or two; the overlay comes in the middle of the 8-s recording
        Thread.sleep(4000);
        int id = call("addText", "{\"camera\":1,\"text\":\"LIVE\",\"position\":\"topLeft\",\"textBGColor\":\"black\","
                + "\"fontSize\":100}").path("data").path("identity").asInt();
        FfTools.Run rec = recording.get();
        assertThat(rec.exitCode()).as(rec.stderr()).isZero();
        call("remove", "{\"identity\":" + id + "}");

        // the stream is continuous: every frame there, no gap in timestamps
        FfTools.Run probe = FfTools.ffprobe("-v", "error", "-select_streams", "v", "-show_entries", "packet=pts_time",
                "-of", "csv=p=0", out.toString());
        List<Double> pts = new ArrayList<>();
        for (String line : probe.stdout().split("\n")) {
            if (!line.isBlank()) {
                pts.add(Double.parseDouble(line.trim().replace(",", "")));
            }
        }
        pts.sort(Double::compare);
        assertThat(pts.size()).as("frames in 8 s at 10 fps").isGreaterThan(60);
        for (int i = 1; i < pts.size(); i++) {
            assertThat(pts.get(i) - pts.get(i - 1)).as("gap before frame %d", i).isLessThan(0.5);
        }
        // first frames without the overlay, last ones with it
        byte[] early = frameAt(out, 0.3);
        byte[] late = frameAt(out, 7.0);
        assertThat(diff(early, late, 0, 0, W / 8, H / 10)).as("top-left: overlay appeared").isGreaterThan(20);
        assertThat(diff(early, late, W / 2, H / 2, W, H)).as("elsewhere").isLessThan(3);
    }

    /** One decoded frame of a live RTSP stream, planar YUV 4:4:4. */
    private byte[] rtspFrame(String query) throws Exception {
        Path raw = tmp.resolve("rtsp" + (++shot) + ".yuv");
        FfTools.Run r = FfTools.ffmpeg("-v", "error", "-y", "-rtsp_transport", "tcp", "-i",
                camera.rtspWithCredentials("/axis-media/media.amp?" + query), "-frames:v", "1", "-f", "rawvideo",
                "-pix_fmt", "yuv444p", raw.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return Files.readAllBytes(raw);
    }

    private String param(String query) throws Exception {
        return Curl.run(camera.http("/axis-cgi/param.cgi?" + query)).body();
    }

    @Test
    @Order(6)
    void textStaysUprightInARotatedStream() throws Exception {
        String rotated = "videocodec=h264&resolution=" + W + "x" + H + "&compression=0&rotation=180";
        byte[] before = rtspFrame(rotated);
        int id = call("addText", "{\"camera\":1,\"text\":\"UPRIGHT\",\"position\":\"topLeft\","
                + "\"textColor\":\"white\",\"textBGColor\":\"black\",\"fontSize\":80}").path("data")
                .path("identity").asInt();
        try {
            byte[] upright = snapshot();       // rotation 0: the reference rendering
            byte[] turned = rtspFrame(rotated);  // the 180° stream, decoded
            // the text box: where and as it is in the upright picture, not upside down in the far corner
            assertThat(diff(upright, turned, 6, 6, 100, 28)).as("text box vs the upright reference").isLessThan(12);
            assertThat(diff(before, turned, 6, 6, 100, 28)).as("text box vs no overlay").isGreaterThan(30);
            assertThat(diff(before, turned, W / 2, H / 2, W, H)).as("far corner untouched").isLessThan(3);
        } finally {
            call("remove", "{\"identity\":" + id + "}");
        }
    }

    @Test
    @Order(7)
    void classicTextParametersDrawLikeTheSameDynamicOverlayAndPersist() throws Exception {
        byte[] clean = snapshot();
        // the dynamic overlay a classic line with these parameters is: bottom left, white on black, large
        int id = call("addText", "{\"camera\":1,\"text\":\"CLASSIC %Y\",\"position\":\"bottomLeft\","
                + "\"textColor\":\"white\",\"textBGColor\":\"black\",\"textOLColor\":\"transparent\",\"fontSize\":54}").path("data")
                .path("identity").asInt();
        byte[] dynamic = snapshot();
        call("remove", "{\"identity\":" + id + "}");
        assertThat(param("action=update&Image.I0.Text.TextEnabled=yes&Image.I0.Text.String=CLASSIC%20%25Y"
                + "&Image.I0.Text.Position=bottom&Image.I0.Text.TextSize=large&Image.I0.Text.Color=white"
                + "&Image.I0.Text.BGColor=black")).isEqualTo("OK\n");
        assertThat(param("action=list&group=Image.I0.Text.String")).isEqualTo("root.Image.I0.Text.String=CLASSIC %Y\n");
        byte[] classic = snapshot();
        assertThat(diff(clean, classic, 8, H - 28, 110, H - 10)).as("bottom left: the line").isGreaterThan(30);
        assertThat(diff(clean, classic, 0, 0, W, H / 2)).as("top half untouched").isLessThan(1.5);
        assertThat(diff(dynamic, classic, 0, 0, W, H)).as("same as the dynamic overlay").isLessThan(0.5);
        // not an API overlay, and bad values are refused naming the parameter
        assertThat(overlayCount()).isZero();
        assertThat(param("action=update&Image.I0.Text.Position=middle"))
                .isEqualTo("# Error: Error setting 'Image.I0.Text.Position' to 'middle'!\n");
        assertThat(param("action=update&Image.OverlayPath=ghost.png"))
                .isEqualTo("# Error: Error setting 'Image.OverlayPath' to 'ghost.png'!\n");

        // the image overlay of the classic parameters: the uploaded red.png at pixel (1200, 60) of 1920x1080
        assertThat(param("action=update&Image.OverlayPath=red.png&Image.I0.Overlay.XPos=1200"
                + "&Image.I0.Overlay.YPos=60&Image.I0.Overlay.Enabled=yes")).isEqualTo("OK\n");
        byte[] withImage = snapshot();
        // 300x150 at (1200, 60) is (400, 20) to (500, 70) in the 640x360 snapshot
        assertThat(meanV(withImage, 405, 25, 495, 65)).as("red: Cr high").isGreaterThan(220);
        Curl.Reply delete = Curl.run(camera.http(UPLOAD + "?action=remove&name=red.png"));
        assertThat(delete.body()).contains("Image.OverlayPath");

        // both survive a restart (the scene is frozen: same picture)
        camera.close();
        camera = CameraProcess.start(tmp.resolve("cam"), "--seed", "5", "--scene-time", "2026-06-21T13:00:00Z",
                "--scene-time-rate", "0");
        assertThat(diff(withImage, snapshot(), 0, 0, W, H)).as("after restart").isLessThan(0.5);
        param("action=update&Image.I0.Text.TextEnabled=no&Image.I0.Overlay.Enabled=no&Image.OverlayPath=");
        assertThat(diff(clean, snapshot(), 0, 0, W, H)).as("all off").isLessThan(0.5);
    }

    private byte[] frameAt(Path video, double seconds) throws Exception {
        Path raw = tmp.resolve("frame" + seconds + ".yuv");
        FfTools.Run r = FfTools.ffmpeg("-v", "error", "-y", "-ss", Double.toString(seconds), "-i", video.toString(),
                "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "yuv444p", raw.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return Files.readAllBytes(raw);
    }
}
