package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.settings.SecuritySettings;

/** RTSP authentication on the wire: challenges, RFC 2069 Digest answers, Basic policy, preview mode. */
class RtspAuthTest {

    @TempDir
    Path dataDir;
    TestCamera camera;

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** What ffmpeg and Kane610 send: RFC 2069 (no qop), uri = the URL they asked for. */
    static String digest(String challenge, String user, String password, String method, String uri) throws Exception {
        Matcher m = Pattern.compile("realm=\"([^\"]+)\", nonce=\"([^\"]+)\"").matcher(challenge);
        assertThat(m.find()).as(challenge).isTrue();
        String response = md5(md5(user + ":" + m.group(1) + ":" + password) + ":" + m.group(2) + ":"
                + md5(method + ":" + uri));
        return "Authorization: Digest username=\"" + user + "\", realm=\"" + m.group(1) + "\", nonce=\"" + m.group(2)
                + "\", uri=\"" + uri + "\", response=\"" + response + "\"";
    }

    @Test
    void optionsIsFreeMediaNeedsDigest() throws Exception {
        camera = new TestCamera(dataDir).createAdmin();
        String url = camera.url("videocodec=jpeg&resolution=320x180");
        try (RawClient c = new RawClient(camera.server.port())) {
            assertThat(c.request("OPTIONS", url).status()).isEqualTo(200);
            RawClient.Response no = c.request("DESCRIBE", url);
            assertThat(no.status()).isEqualTo(401);
            String challenge = no.header("WWW-Authenticate");
            // Kane610 parses exactly this order (vapix.md §7.4)
            assertThat(challenge).matches("Digest realm=\"AXIS_[0-9A-F]{12}\", nonce=\"[^\"]+\", stale=FALSE");
            assertThat(c.request("DESCRIBE", url, digest(challenge, "root", "wrong", "DESCRIBE", url)).status())
                    .isEqualTo(401);
            RawClient.Response ok = c.request("DESCRIBE", url,
                    digest(challenge, TestCamera.USER, TestCamera.PASSWORD, "DESCRIBE", url));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("Content-Type")).isEqualTo("application/sdp");
            // SETUP on the track URL answered with the aggregate URL, as Kane610 does
            RawClient.Response setup = c.request("SETUP", url.replace("?", "/trackID=1?"),
                    "Transport: RTP/AVP/TCP;unicast;interleaved=0-1",
                    digest(challenge, TestCamera.USER, TestCamera.PASSWORD, "SETUP", url));
            assertThat(setup.status()).isEqualTo(200);
            assertThat(c.request("DESCRIBE", url, "Authorization: Digest username=\"root").status()).isEqualTo(400);
        }
    }

    @Test
    void basicOnlyWhenAnAdministratorAllowsItInClear() throws Exception {
        camera = new TestCamera(dataDir).createAdmin();
        String url = camera.url("videocodec=jpeg&resolution=320x180");
        String basic = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestCamera.USER + ":" + TestCamera.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (RawClient c = new RawClient(camera.server.port())) {
            RawClient.Response refused = c.request("DESCRIBE", url, basic);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Digest ");
            camera.device.settings().update(Map.of(SecuritySettings.BASIC_OVER_HTTP, "yes"));
            assertThat(c.request("DESCRIBE", url, basic).status()).isEqualTo(200);
        }
    }

    @Test
    void everyMethodButOptionsNeedsCredentials() throws Exception {
        camera = new TestCamera(dataDir).createAdmin();
        try (RawClient c = new RawClient(camera.server.port())) {
            for (String url : List.of(camera.url("videocodec=h264"), camera.url(""),
                    camera.url("").replace("media.amp", "media.amp/trackID=1"), "rtsp://127.0.0.1/other", "*")) {
                for (String method : List.of("DESCRIBE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER",
                        "SET_PARAMETER", "ANNOUNCE", "RECORD")) {
                    assertThat(c.request(method, url, "Session: 12345678").status()).as(method + " " + url)
                            .isEqualTo(401);
                }
                assertThat(c.request("OPTIONS", url).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void previewModeShowsTheViewWithoutLogin() throws Exception {
        camera = new TestCamera(dataDir);
        try (RawClient c = new RawClient(camera.server.port())) {
            assertThat(c.request("DESCRIBE", camera.url("videocodec=jpeg&resolution=320x180")).status()).isEqualTo(200);
        }
    }
}
