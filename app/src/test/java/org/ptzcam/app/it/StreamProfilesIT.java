package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stream profiles through streamprofile.cgi (JSON) and param.cgi with real curl, and the three
 * layers (Stream tab ← profile ← URL) measured with ffprobe on real MJPEG and snapshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamProfilesIT {

    @TempDir
    static Path tmp;

    private CameraProcess camera;

    @BeforeAll
    void start() throws Exception {
        camera = CameraProcess.start(tmp.resolve("cam"));
    }

    @AfterAll
    void stop() throws Exception {
        camera.close();
    }

    private String json(String method, String params) throws Exception {
        Curl.Reply r = Curl.run("-X", "POST", "-H", "Content-Type: application/json", "--data",
                "{\"apiVersion\":\"1.0\",\"context\":\"it\",\"method\":\"" + method + "\",\"params\":" + params + "}",
                camera.http("/axis-cgi/streamprofile.cgi"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.body();
    }

    private String param(String query) throws Exception {
        return Curl.run(camera.http("/axis-cgi/param.cgi?" + query)).body();
    }

    private String snapshotStream(String query) throws Exception {
        Path out = tmp.resolve("snap-" + Math.abs(query.hashCode()) + ".jpg");
        Curl.Reply r = Curl.run("-o", out.toString(), camera.http("/axis-cgi/jpg/image.cgi?" + query));
        assertThat(r.status()).as(query).isEqualTo(200);
        return FfTools.videoStream(out.toString());
    }

    @Test
    void listsTheShippedProfilesInTheVapixShape() throws Exception {
        String all = json("list", "{\"streamProfileName\":[]}");
        assertThat(all).startsWith("{\"apiVersion\":\"1.0\",\"context\":\"it\",\"method\":\"list\",\"data\":"
                + "{\"streamProfile\":[{\"name\":\"Quality\",\"description\":\"Best image quality and full frame rate\","
                + "\"parameters\":\"videocodec=h264&compression=20&fps=0&videokeyframeinterval=32\"}");
        assertThat(all).contains("\"name\":\"Balanced\"", "\"name\":\"Bandwidth\"", "\"name\":\"Mobile\"")
                .endsWith("\"maxProfiles\":26}}");
        assertThat(json("list", "{\"streamProfileName\":[{\"name\":\"Mobile\"}]}"))
                .contains("\"streamProfile\":[{\"name\":\"Mobile\"").doesNotContain("Quality");
    }

    @Test
    void createUpdateRemoveAndTheSameInParamCgi() throws Exception {
        assertThat(json("create", "{\"streamProfile\":[{\"name\":\"crud\",\"description\":\"d\","
                + "\"parameters\":\"resolution=640x360&fps=10\"}]}")).endsWith("\"data\":{}}");
        assertThat(param("action=list&group=StreamProfile")).contains("Name=crud\n")
                .contains(".Parameters=resolution=640x360&fps=10\n");
        assertThat(json("update", "{\"streamProfile\":[{\"name\":\"crud\",\"description\":\"e\","
                + "\"parameters\":\"fps=5\"}]}")).endsWith("\"data\":{}}");
        assertThat(json("list", "{\"streamProfileName\":[{\"name\":\"crud\"}]}")).contains("\"parameters\":\"fps=5\"");
        assertThat(json("remove", "{\"streamProfileName\":[{\"name\":\"crud\"}]}")).endsWith("\"data\":{}}");
        assertThat(json("list", "{}")).doesNotContain("crud");

        String added = param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=pc"
                + "&StreamProfile.S.Description=via%20param&StreamProfile.S.Parameters=resolution%3D320x180");
        assertThat(added).matches("S\\d+ OK\n");
        String id = added.substring(0, added.indexOf(' '));
        assertThat(param("action=list&group=StreamProfile." + id)).isEqualTo(
                "root.StreamProfile." + id + ".Name=pc\nroot.StreamProfile." + id + ".Description=via param\n"
                        + "root.StreamProfile." + id + ".Parameters=resolution=320x180\n");
        assertThat(json("list", "{\"streamProfileName\":[{\"name\":\"pc\"}]}")).contains("\"description\":\"via param\"");
        assertThat(param("action=update&StreamProfile." + id + ".Parameters=fps%3D3")).isEqualTo("OK\n");
        assertThat(param("action=update&StreamProfile." + id + ".Parameters=nope%3D3"))
                .isEqualTo("# Error: Error setting 'StreamProfile." + id + ".Parameters' to 'nope=3'!\n");
        assertThat(param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=bad%20name"))
                .startsWith("# Request failed: ").contains("name");
        assertThat(param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=Quality"))
                .startsWith("# Request failed: ").contains("Quality");
        assertThat(param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=pf"
                + "&StreamProfile.S.Parameters=frob%3D1")).startsWith("# Request failed: ").contains("frob");
        assertThat(param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=pg"
                + "&StreamProfile.S.Colour=red")).startsWith("# Request failed: ").contains("Colour");
        assertThat(param("action=update&StreamProfile." + id + ".Name=Quality"))
                .isEqualTo("# Error: Error setting 'StreamProfile." + id + ".Name' to 'Quality'!\n");
        assertThat(param("action=list&group=StreamProfile")).doesNotContain("=pf\n", "=pg\n");
        assertThat(param("action=remove&group=StreamProfile." + id)).isEqualTo("OK\n");
        assertThat(param("action=remove&group=StreamProfile." + id)).startsWith("# Request failed: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate name|create|{\"streamProfile\":[{\"name\":\"Quality\",\"parameters\":\"\"}]}|2002|Quality",
            "forbidden characters|create|{\"streamProfile\":[{\"name\":\"a/b\",\"parameters\":\"\"}]}|2004|name",
            "unknown parameter|create|{\"streamProfile\":[{\"name\":\"u\",\"parameters\":\"fps=5&frob=1\"}]}|2004|frob",
            "unknown parameter on update|update|{\"streamProfile\":[{\"name\":\"Mobile\",\"parameters\":\"frob=1\"}]}|2004|frob",
            "misspelt field|create|{\"streamProfile\":[{\"name\":\"u\",\"parameter\":\"fps=5\"}]}|2004|parameter",
            "duplicate in one request|create|{\"streamProfile\":[{\"name\":\"twin\"},{\"name\":\"twin\"}]}|2002|twin",
            "name too long|create|{\"streamProfile\":[{\"name\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}]}|2004|name",
            "name with a space|create|{\"streamProfile\":[{\"name\":\"my profile\"}]}|2004|name",
            "bad value|create|{\"streamProfile\":[{\"name\":\"v\",\"parameters\":\"compression=500\"}]}|2004|compression",
            "missing name|create|{\"streamProfile\":[{\"parameters\":\"\"}]}|2003|name",
            "not an array|create|{\"streamProfile\":\"x\"}|2001|streamProfile",
            "unknown profile|remove|{\"streamProfileName\":[{\"name\":\"ghost\"}]}|2006|ghost",
            "unknown method|frobnicate|{}|2005|frobnicate"})
    void badRequestsGetTheApiErrorNamingTheField(String what, String method, String params, int code, String field)
            throws Exception {
        String reply = json(method, params);
        assertThat(reply).contains("\"error\":{\"code\":" + code + ",").contains(field);
        assertThat(json("list", "{}")).doesNotContain("\"name\":\"u\"", "\"name\":\"v\"", "a/b", "twin", "my profile")
                .contains("\"name\":\"Mobile\",\"description\":\"Mobile device settings\",\"parameters\":\"videocodec=h264&resolution=640x360");
    }

    @Test
    void envelopeErrors() throws Exception {
        assertThat(Curl.run(camera.http("/axis-cgi/streamprofile.cgi")).body()).contains("\"code\":2001");
        assertThat(Curl.run("-X", "POST", "--data", "{not json", camera.http("/axis-cgi/streamprofile.cgi")).body())
                .contains("\"code\":2001");
        assertThat(Curl.run("-X", "POST", "--data", "{\"apiVersion\":\"2.0\",\"method\":\"list\"}",
                camera.http("/axis-cgi/streamprofile.cgi")).body()).contains("\"code\":2000");
    }

    @Test
    void theTwentySeventhProfileIsRefused() throws Exception {
        int existing = countProfiles();
        StringBuilder many = new StringBuilder("{\"streamProfile\":[");
        for (int i = existing; i < 26; i++) {
            many.append(i == existing ? "" : ",").append("{\"name\":\"fill").append(i).append("\",\"parameters\":\"fps=1\"}");
        }
        assertThat(json("create", many.append("]}").toString())).endsWith("\"data\":{}}");
        assertThat(countProfiles()).isEqualTo(26);
        assertThat(json("create", "{\"streamProfile\":[{\"name\":\"extra\",\"parameters\":\"\"}]}"))
                .contains("\"code\":2004").contains("26");
        assertThat(param("action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=extra2"))
                .startsWith("# Request failed: ");
        StringBuilder names = new StringBuilder("{\"streamProfileName\":[");
        for (int i = existing; i < 26; i++) {
            names.append(i == existing ? "" : ",").append("{\"name\":\"fill").append(i).append("\"}");
        }
        assertThat(json("remove", names.append("]}").toString())).endsWith("\"data\":{}}");
    }

    private int countProfiles() throws Exception {
        return json("list", "{}").split("\"name\":").length - 1;
    }

    @Test
    void profileThenUrlOverrideTheStreamTab() throws Exception {
        json("create", "{\"streamProfile\":[{\"name\":\"small\",\"parameters\":\"resolution=640x360&fps=5\"}]}");
        assertThat(snapshotStream("streamprofile=small")).isEqualTo("mjpeg,640,360");
        assertThat(snapshotStream("streamprofile=small&resolution=320x180")).isEqualTo("mjpeg,320,180");
        // VAPIX order: an argument before streamprofile= yields to the profile
        assertThat(snapshotStream("resolution=320x180&streamprofile=small")).isEqualTo("mjpeg,640,360");
        assertThat(snapshotStream("streamprofile=ghost")).isEqualTo("mjpeg,1920,1080");
        assertThat(snapshotStream("streamprofile=small&rotation=90")).isEqualTo("mjpeg,360,640");

        // fps from the profile: 10 frames at 5 fps take 9 periods
        Path out = tmp.resolve("profile-fps.mjpg");
        Curl.Reply r = Curl.run("-o", out.toString(), "-w", "\n%{time_starttransfer} %{time_total}",
                camera.http("/axis-cgi/mjpg/video.cgi?streamprofile=small&nbrofframes=10"));
        String[] times = r.body().strip().split(" ");
        double seconds = Double.parseDouble(times[1]) - Double.parseDouble(times[0]);
        assertThat(9 / seconds).as("fps over %.2f s", seconds).isBetween(4.0, 6.0);
        assertThat(FfTools.videoStream(out.toString())).isEqualTo("mjpeg,640,360");
    }

    /** The H.264 profile ffprobe reads from a live RTSP stream (SDP and in-band SPS). */
    private String rtspProfile(String query) throws Exception {
        FfTools.Run r = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,profile", "-of", "csv=p=0",
                camera.rtspWithCredentials("/axis-media/media.amp?videocodec=h264&resolution=320x180&fps=10" + query));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout().strip();
    }

    @Test
    void h264ProfileFromUrlProfileAndStreamTabReachesTheEncoder() throws Exception {
        assertThat(rtspProfile("&h264profile=baseline")).isEqualTo("h264,Constrained Baseline");
        assertThat(rtspProfile("&h264profile=main")).isEqualTo("h264,Main");
        assertThat(rtspProfile("&h264profile=high")).isEqualTo("h264,High");
        json("create", "{\"streamProfile\":[{\"name\":\"lowpower\",\"parameters\":\"h264profile=baseline\"}]}");
        assertThat(rtspProfile("&streamprofile=lowpower")).isEqualTo("h264,Constrained Baseline");
        assertThat(rtspProfile("")).as("Stream tab default").isEqualTo("h264,High");
        try {
            assertThat(param("action=update&Image.I0.MPEG.H264.Profile=main")).isEqualTo("OK\n");
            assertThat(rtspProfile("")).as("Stream tab main").isEqualTo("h264,Main");
            assertThat(rtspProfile("&h264profile=high")).as("the URL wins").isEqualTo("h264,High");
        } finally {
            param("action=update&Image.I0.MPEG.H264.Profile=high");
            json("remove", "{\"streamProfileName\":[{\"name\":\"lowpower\"}]}");
        }
        FfTools.Run bad = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp",
                camera.rtspWithCredentials("/axis-media/media.amp?videocodec=h264&h264profile=extended"));
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.stderr()).contains("400");
    }

    @Test
    void changingTheStreamTabLeavesARunningStreamAlone() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("tab"))) {
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update&Image.I0.Appearance.Resolution=640x360"
                    + "&Image.I0.Stream.FPS=5")).body()).isEqualTo("OK\n");
            Path running = tmp.resolve("running.mjpg");
            CompletableFuture<Curl.Reply> viewer = CompletableFuture.supplyAsync(() -> {
                try {
                    return Curl.run("-N", "-o", running.toString(),
                            cam.http("/axis-cgi/mjpg/video.cgi?nbrofframes=10"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> Thread.ofPlatform().daemon().start(runnable));
            // the Stream tab changes once the viewer has its first frame: the other nine come after
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(running) && Files.size(running) > 1000);
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update&Image.I0.Appearance.Resolution=320x180"))
                    .body()).isEqualTo("OK\n");
            Path fresh = tmp.resolve("fresh.jpg");
            Curl.run("-o", fresh.toString(), cam.http("/axis-cgi/jpg/image.cgi"));
            assertThat(FfTools.videoStream(fresh.toString())).isEqualTo("mjpeg,320,180");
            assertThat(viewer.join().status()).isEqualTo(200);
            FfTools.Run frames = FfTools.ffprobe("-v", "error", "-select_streams", "v:0", "-show_entries",
                    "frame=width,height", "-of", "csv=p=0", running.toString());
            List<String> sizes = frames.stdout().lines().distinct().toList();
            assertThat(frames.stdout().lines().count()).as("frames of the running stream").isEqualTo(10);
            assertThat(sizes).containsExactly("640,360");
        }
    }

    @Test
    void profilesSurviveARestart() throws Exception {
        Path dir = tmp.resolve("persist");
        try (CameraProcess cam = CameraProcess.start(dir)) {
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=remove&group=StreamProfile.S3")).body())
                    .isEqualTo("OK\n");
            Curl.run("-X", "POST", "--data", "{\"apiVersion\":\"1.0\",\"method\":\"create\",\"params\":{\"streamProfile\":"
                    + "[{\"name\":\"kept\",\"description\":\"survives\",\"parameters\":\"fps=7\"}]}}",
                    cam.http("/axis-cgi/streamprofile.cgi"));
        }
        try (CameraProcess cam = CameraProcess.start(dir)) {
            String list = Curl.run(cam.http("/axis-cgi/param.cgi?action=list&group=StreamProfile")).body();
            assertThat(list).contains("root.StreamProfile.S3.Name=kept\n", "root.StreamProfile.S3.Description=survives\n")
                    .doesNotContain("Mobile");
        }
    }
}
