package org.ptzcam.http.ptz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.http.HttpConfig;
import org.ptzcam.http.HttpFace;

/** ptz.cgi and ptzconfig.cgi in-process on a real device model, with the exact VAPIX replies. */
class PtzCgiTest {
    @TempDir
    Path dataDir;
    private DeviceModel device;
    private HttpFace face;
    /** Which account the requests log in as (Basic, allowed on plain HTTP for this test). */
    private volatile String user = "root";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC());
        var accounts = device.credentials().accounts();
        accounts.createFirstAdmin("root", "rootpw", AccessLevel.ADMIN, true, "");
        accounts.add("op", "oppw", AccessLevel.OPERATOR, true, "");
        accounts.add("viewer", "viewerpw", AccessLevel.VIEWER, false, "");
        accounts.add("ptzviewer", "ptzviewerpw", AccessLevel.VIEWER, true, "");
        device.settings().update(Map.of(org.ptzcam.device.settings.SecuritySettings.BASIC_OVER_HTTP, "yes"));
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> null, () -> null);
        face.start();
    }

    @AfterEach
    void stop() {
        face.close();
        device.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + face.httpPort() + pathAndQuery))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basic() {
        String userPassword = user + ":" + user + "pw";
        return "Basic " + java.util.Base64.getEncoder().encodeToString(userPassword.getBytes());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + face.httpPort() + path))
                .header("Content-Type", "text/plain").header("Authorization", basic()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String ptz(String query) throws Exception {
        return get("/axis-cgi/com/ptz.cgi?" + query).body();
    }

    /** pan, tilt and zoom exactly; focus is wherever autofocus put it (FocusModel), only its form is checked. */
    private void awaitPosition(String panTiltZoom) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ptz("query=position"))
                .startsWith(panTiltZoom).matches("(?s).*\\nfocus=\\d{1,4}\\nautofocus=on\\n"));
    }

    @Test
    void commandsAnswer204AndTheHeadGetsThere() throws Exception {
        HttpResponse<String> r = get("/axis-cgi/com/ptz.cgi?camera=1&pan=45.5&tilt=-10&zoom=2500");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        awaitPosition("pan=45.5\ntilt=-10\nzoom=2500\n");
        assertThat(post("/axis-cgi/com/ptz.cgi", "rpan=-50.25&rzoom=-500").statusCode()).isEqualTo(204);
        awaitPosition("pan=-4.75\ntilt=-10\nzoom=2000\n");
        assertThat(get("/axis-cgi/com/ptz.cgi?move=home").statusCode()).isEqualTo(204);
        awaitPosition("pan=0\ntilt=0\nzoom=1\n");
    }

    @Test
    void queriesAndInfoAnswerVapixText() throws Exception {
        HttpResponse<String> r = get("/axis-cgi/com/ptz.cgi?query=limits");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(r.body()).isEqualTo("MinPan=-180\nMaxPan=180\nMinTilt=-90\nMaxTilt=20\nMinZoom=1\nMaxZoom=9999\n"
                + "MinFocus=1\nMaxFocus=9999\nMinFieldAngle=21\nMaxFieldAngle=630\n");
        assertThat(ptz("query=speed")).isEqualTo("speed=100\n");
        assertThat(get("/axis-cgi/com/ptz.cgi?speed=40").statusCode()).isEqualTo(204);
        assertThat(ptz("query=speed")).isEqualTo("speed=40\n");
        assertThat(ptz("query=presetposall")).isEqualTo("Preset Positions for camera 1\npresetposno1=Home\n");
        assertThat(ptz("query=mode")).isEqualTo("mode=normal\n");
        assertThat(ptz("query=bogus")).isEqualTo("Error:query: unknown value: bogus\n");
        assertThat(ptz("info=1")).startsWith("Available commands:\n{camera=[n]}\n")
                .contains("\nquery={ speed | position | limits | presetposcam | presetposall | mode }\n");
    }

    @Test
    void badValuesAreErrorTextsAndNothingMoves() throws Exception {
        for (String bad : new String[] {"pan=abc", "pan=10&tilt=NaN", "zoom=1e3", "continuouspantiltmove=5",
                "areazoom=1,2", "move=sideways", "autofocus=maybe", "rpan=0x10"}) {
            HttpResponse<String> r = get("/axis-cgi/com/ptz.cgi?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).startsWith("Error:").endsWith("\n");
        }
        assertThat(ptz("pan=abc")).isEqualTo("Error:pan: invalid value: abc\n");
        assertThat(ptz("camera=2&pan=1")).isEqualTo("Error:camera: unknown value: 2\n");
        assertThat(ptz("gotoserverpresetname=nothere")).isEqualTo("Error:no preset 'nothere'\n");
        assertThat(device.ptz().moving()).isFalse();
        assertThat(ptz("query=position")).startsWith("pan=0\ntilt=0\nzoom=1\n");
    }

    @Test
    void outOfRangeValuesAreClampedToTheLimits() throws Exception {
        device.settings().update(Map.of(PtzSettings.MIN_PAN, "-30", PtzSettings.MAX_PAN, "60",
                PtzSettings.MAX_TILT, "5", PtzSettings.MAX_ZOOM, "4000"));
        assertThat(ptz("query=limits")).startsWith("MinPan=-30\nMaxPan=60\nMinTilt=-90\nMaxTilt=5\nMinZoom=1\nMaxZoom=4000\n");
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=170&tilt=80&zoom=99999").statusCode()).isEqualTo(204);
        awaitPosition("pan=60\ntilt=5\nzoom=4000\n");
        assertThat(get("/axis-cgi/com/ptz.cgi?continuouspantiltmove=-100,-100&continuouszoommove=-100").statusCode())
                .isEqualTo(204);
        awaitPosition("pan=-30\ntilt=-90\nzoom=1\n");
    }

    @Test
    void presetsAreSetListedUsedAndRemovedThroughPtzconfig() throws Exception {
        get("/axis-cgi/com/ptz.cgi?pan=-120&tilt=-45&zoom=3000");
        awaitPosition("pan=-120\ntilt=-45\nzoom=3000\n");
        HttpResponse<String> set = get("/axis-cgi/com/ptzconfig.cgi?setserverpresetname=Gate");
        assertThat(set.statusCode()).isEqualTo(204);
        assertThat(get("/axis-cgi/com/ptzconfig.cgi?setserverpresetno=10&home=yes").statusCode()).isEqualTo(204);
        assertThat(ptz("query=presetposall"))
                .isEqualTo("Preset Positions for camera 1\npresetposno1=Home\npresetposno2=Gate\npresetposno10=Preset 10\n");
        assertThat(get("/axis-cgi/com/ptzconfig.cgi?setserverpresetname=bad%3Aname").body())
                .startsWith("Error:preset name must not contain");
        assertThat(get("/axis-cgi/com/ptzconfig.cgi?removeserverpresetno=77").body()).isEqualTo("Error:no preset 77\n");
        get("/axis-cgi/com/ptz.cgi?gotoserverpresetno=1");
        awaitPosition("pan=0\ntilt=0\nzoom=1\n");
        get("/axis-cgi/com/ptz.cgi?gotoserverpresetname=Gate&speed=100");
        awaitPosition("pan=-120\ntilt=-45\nzoom=3000\n");
        assertThat(get("/axis-cgi/param.cgi?action=list&group=root.PTZ.Preset.P0.Position.P2").body())
                .isEqualTo("root.PTZ.Preset.P0.Position.P2.Name=Gate\n"
                        + "root.PTZ.Preset.P0.Position.P2.Data=tilt=-45.000000:pan=-120.000000:zoom=3000.000000\n");
        assertThat(get("/axis-cgi/com/ptzconfig.cgi?removeserverpresetname=Gate").statusCode()).isEqualTo(204);
        assertThat(ptz("query=presetposall")).doesNotContain("Gate");
        assertThat(device.ptz().homePresetNumber()).isEqualTo(10);
    }

    @Test
    void rightsAreCheckedInOnePlace() throws Exception {
        user = "viewer";
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=10").statusCode()).isEqualTo(403);
        user = "ptzviewer";
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=10").statusCode()).isEqualTo(204);
        user = "op";
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=10").statusCode()).isEqualTo(204);
        assertThat(get("/axis-cgi/com/ptzconfig.cgi?setserverpresetname=x").statusCode()).isEqualTo(403);
    }

    @Test
    void theControlQueueRefusesALowerLevelWhileAnotherControls() throws Exception {
        device.settings().update(Map.of(PtzSettings.CONTROL_QUEUE, "true"));
        // one address here: the queue tells controllers apart by address, so the same client keeps control
        user = "op";
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=10").statusCode()).isEqualTo(204);
        assertThat(get("/axis-cgi/com/ptz.cgi?pan=20").statusCode()).isEqualTo(204);
        device.ptz().control(new org.ptzcam.device.ptz.Controller("visca:10.0.0.9", AccessLevel.ADMIN)).stop();
        assertThat(ptz("pan=30")).isEqualTo("Error:PTZ control is held by another admin user\n");
    }
}
