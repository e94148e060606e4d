package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.SecuritySettings;
import org.ptzcam.http.auth.AccessRules;

/** Authentication on the HTTP face, driven by the real curl. */
class HttpAuthTest {

    @TempDir
    Path dataDir;
    DeviceModel device;
    HttpFace face;
    org.ptzcam.media.pipeline.VideoPipeline video;

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC(),
                Duration.ofHours(2));
        video = TestVideo.pipeline(device);
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
    }

    @AfterEach
    void stop() {
        face.close();
        video.close();
        device.close();
    }

    String http(String path) {
        return "http://127.0.0.1:" + face.httpPort() + path;
    }

    String https(String path) {
        return "https://127.0.0.1:" + face.httpsPort() + path;
    }

    void createRoot() throws Exception {
        CurlRunner.Reply r = CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=s3cret&grp=root"
                + "&sgrp=admin:operator:viewer:ptz"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("<html><body>Created account root.</body></html>\n");
    }

    @Test
    void factoryDefaultedCameraNeedsSetupAndOffersPreview() throws Exception {
        CurlRunner.Reply ready = CurlRunner.run("--data", "{\"apiVersion\":\"1\",\"method\":\"systemready\"}",
                http("/axis-cgi/systemready.cgi"));
        assertThat(ready.body()).contains("\"needsetup\":\"yes\"").containsPattern("\"previewmode\":\"7[0-9]{3}\"");
        CurlRunner.Reply param = CurlRunner.run(http("/axis-cgi/param.cgi?action=list"));
        assertThat(param.status()).isEqualTo(401);
        assertThat(param.all("WWW-Authenticate")).singleElement().asString()
                .matches("Digest realm=\"AXIS_[0-9A-F]{12}\", nonce=\"[^\"]+\", algorithm=MD5, qop=\"auth\"");
        // preview mode: the camera view without login, but nothing else
        CurlRunner.Reply jpeg = CurlRunner.run("-o", "/dev/null", http("/axis-cgi/jpg/image.cgi?resolution=320x180"));
        assertThat(jpeg.status()).isEqualTo(200);
        assertThat(CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=get")).status()).isEqualTo(401);
        assertThat(CurlRunner.run(http("/api/security")).status()).isEqualTo(401);

        createRoot();
        assertThat(CurlRunner.run("--data", "{\"apiVersion\":\"1\",\"method\":\"systemready\"}",
                http("/axis-cgi/systemready.cgi")).body()).contains("\"needsetup\":\"no\"").doesNotContain("previewmode");
        assertThat(CurlRunner.run("-o", "/dev/null", http("/axis-cgi/jpg/image.cgi")).status()).isEqualTo(401);
    }

    @Test
    void firstAdminCallWorksOnceAndNeverAgain() throws Exception {
        CurlRunner.Reply wrongRole = CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=x&grp=users"
                + "&sgrp=viewer"));
        assertThat(wrongRole.status()).isEqualTo(401);
        assertThat(wrongRole.body()).contains("Error: not a valid initial admin user.");
        createRoot();
        CurlRunner.Reply again = CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=add&user=eve&pwd=x&grp=root"
                + "&sgrp=admin:operator:viewer:ptz"));
        assertThat(again.status()).isEqualTo(401);
        assertThat(device.credentials().accounts().find("eve")).isEmpty();
        CurlRunner.Reply page = CurlRunner.run("--data", "{\"user\":\"eve\",\"password\":\"x\"}", http("/api/setup"));
        assertThat(page.status()).isEqualTo(409);
    }

    @Test
    void curlDigestMd5AndSha256AndBasic() throws Exception {
        createRoot();
        CurlRunner.Reply md5 = CurlRunner.run("-v", "--digest", "-u", "root:s3cret",
                http("/axis-cgi/param.cgi?action=list&group=root.Brand.Brand"));
        assertThat(md5.status()).isEqualTo(200);
        assertThat(md5.body()).isEqualTo("root.Brand.Brand=ptzcam\n");
        assertThat(md5.stderr()).contains("algorithm=MD5");
        assertThat(CurlRunner.run("--digest", "-u", "root:wrong", http("/axis-cgi/param.cgi?action=list")).status())
                .isEqualTo(401);

        device.settings().update(Map.of(SecuritySettings.DIGEST_ALGORITHMS, "SHA-256,MD5"));
        CurlRunner.Reply sha = CurlRunner.run("-v", "--digest", "-u", "root:s3cret",
                http("/axis-cgi/param.cgi?action=list&group=root.Brand.Brand"));
        assertThat(sha.status()).isEqualTo(200);
        assertThat(sha.stderr()).contains("algorithm=SHA-256").doesNotContain("algorithm=MD5\"");

        assertThat(CurlRunner.run("--basic", "-u", "root:s3cret", https("/axis-cgi/usergroup.cgi")).body())
                .isEqualTo("root\nroot admin operator viewer ptz\n");
        CurlRunner.Reply plainBasic = CurlRunner.run("--basic", "-u", "root:s3cret", http("/axis-cgi/usergroup.cgi"));
        assertThat(plainBasic.status()).isEqualTo(401);
        assertThat(plainBasic.all("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        assertThat(CurlRunner.run(https("/axis-cgi/usergroup.cgi")).all("WWW-Authenticate"))
                .anyMatch(h -> h.startsWith("Basic realm=\"AXIS_"));
    }

    @Test
    void roleMatrix() throws Exception {
        createRoot();
        String admin = "root:s3cret";
        assertThat(add(admin, "op", "operator:viewer:ptz")).contains("Created account op.");
        assertThat(add(admin, "view", "viewer")).contains("Created account view.");
        assertThat(add(admin, "view", "viewer")).contains("Error: this user name already exists");
        assertThat(add(admin, "bad:name", "viewer")).contains("Error: account user name.");
        assertThat(add(admin, "nopw", "viewer", "")).contains("Error: invalid password.");
        assertThat(CurlRunner.run("--digest", "-u", admin, http("/axis-cgi/pwdgrp.cgi?action=get")).body())
                .isEqualTo("admin=\"root\"\noperator=\"root,op\"\nviewer=\"root,op,view\"\nptz=\"root,op\"\n"
                        + "digusers=\"root,op,view\"\n");
        // viewer: may look, may not change settings, has no PTZ right
        assertThat(get("view:pw", "/axis-cgi/param.cgi?action=update&Network.HostName=x").body())
                .startsWith("# Error:");
        assertThat(get("view:pw", "/axis-cgi/usergroup.cgi").body()).isEqualTo("view\nusers viewer\n");
        assertThat(get("view:pw", "/axis-cgi/imagesize.cgi").status()).isEqualTo(200);
        // operator: may change settings, not accounts
        assertThat(get("op:pw", "/axis-cgi/param.cgi?action=update&ImageSource.I0.Sensor.Brightness=60").body())
                .isEqualTo("OK\n");
        assertThat(get("op:pw", "/axis-cgi/pwdgrp.cgi?action=remove&user=view").status()).isEqualTo(403);
        assertThat(get("op:pw", "/axis-cgi/usergroup.cgi").body()).isEqualTo("op\nusers operator viewer ptz\n");
        assertThat(get("op:pw", "/api/audit").status()).isEqualTo(403);
        // administrator: accounts, but never the last administrator
        assertThat(get(admin, "/axis-cgi/pwdgrp.cgi?action=remove&user=root").body())
                .contains("Error: consult the system log file.");
        assertThat(get(admin, "/axis-cgi/pwdgrp.cgi?action=update&user=view&sgrp=viewer:ptz").body())
                .contains("Modified account view.");
        assertThat(get(admin, "/axis-cgi/pwdgrp.cgi?action=remove&user=op").body()).contains("Removed account op.");
        assertThat(get("op:pw", "/axis-cgi/usergroup.cgi").status()).isEqualTo(401);
        assertThat(get(admin, "/axis-cgi/pwdgrp.cgi?action=explode").body())
                .contains("Error: malformed action operation, explode.");
        assertThat(get(admin, "/api/audit").body()).contains("\"kind\":\"account-removed\"", "\"user\":\"op\"");
        assertThat(get(admin, "/api/security").body()).contains("\"realm\":\"AXIS_");
    }

    @Test
    void everyRouteNeedsCredentialsExceptTheAllowList() throws Exception {
        createRoot();
        List<String> open = new ArrayList<>();
        for (String route : face.routes()) {
            // the authenticator's 401 carries a challenge; a handler's own 401 (wrong login form) does not
            CurlRunner.Reply r = CurlRunner.run("-o", "/dev/null", "-X", "POST", "--data", "", http(route));
            if (r.status() != 401 || r.all("WWW-Authenticate").isEmpty()) {
                open.add(route);
            }
        }
        assertThat(open).containsExactlyInAnyOrderElementsOf(AccessRules.PUBLIC);
        assertThat(CurlRunner.run(http("/no/such/path")).status()).isEqualTo(401); // no probing without login
    }

    @Test
    void malformedHeadersAndBruteForce() throws Exception {
        createRoot();
        for (String bad : List.of("Digest username=\"root", "Basic %%%", "Digest realm")) {
            CurlRunner.Reply r = CurlRunner.run("-H", "Authorization: " + bad, http("/axis-cgi/param.cgi"));
            assertThat(r.status()).as(bad).isEqualTo(400);
        }
        // three malformed headers count as failures too; two more wrong passwords use up the free tries
        for (int i = 0; i < 3; i++) {
            CurlRunner.run("--digest", "-u", "root:wrong", http("/axis-cgi/param.cgi"));
        }
        CurlRunner.Reply throttled = CurlRunner.run("--digest", "-u", "root:s3cret", http("/axis-cgi/param.cgi"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).matches("[1-9][0-9]*");
    }

    @Test
    void browserSessionNeedsTheCsrfTokenForChanges() throws Exception {
        createRoot();
        Path jar = dataDir.resolve("cookies");
        CurlRunner.Reply login = CurlRunner.run("-c", jar.toString(), "--data",
                "{\"user\":\"root\",\"password\":\"s3cret\"}", http("/api/login"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Set-Cookie")).contains("ptzcam_session=", "HttpOnly", "SameSite=Strict");
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(login.body());
        assertThat(m.find()).isTrue();
        assertThat(CurlRunner.run("-b", jar.toString(), http("/axis-cgi/usergroup.cgi")).body())
                .as(java.nio.file.Files.readString(jar) + login.headers()).startsWith("root\n");
        String update = http("/axis-cgi/param.cgi");
        assertThat(CurlRunner.run("-b", jar.toString(), "--data", "action=update&Network.HostName=cam2", update)
                .status()).isEqualTo(403);
        assertThat(CurlRunner.run("-b", jar.toString(), "-H", "X-CSRF-Token: " + m.group(1), "--data",
                "action=update&Network.HostName=cam2", update).body()).isEqualTo("OK\n");
        assertThat(CurlRunner.run("--data", "{\"user\":\"root\",\"password\":\"nope\"}", http("/api/login")).status())
                .isEqualTo(401);
        assertThat(CurlRunner.run(http("/")).body()).contains("Create an administrator account",
                "at least 8 characters");
    }

    private String add(String admin, String user, String sgrp) throws Exception {
        return add(admin, user, sgrp, "pw");
    }

    private String add(String admin, String user, String sgrp, String pwd) throws Exception {
        return CurlRunner.run("--digest", "-u", admin, "--data-urlencode", "user=" + user, "--data-urlencode",
                "pwd=" + pwd, "--data", "action=add&grp=users&sgrp=" + sgrp, http("/axis-cgi/pwdgrp.cgi")).body();
    }

    private CurlRunner.Reply get(String userPassword, String path) throws Exception {
        return CurlRunner.run("--digest", "-u", userPassword, http(path));
    }

}
