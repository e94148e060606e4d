package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.runtime.RuntimeInfo;

/** Network.HTTPS.Policy opens and closes the web ports live, on the same port numbers. */
class HttpsPolicyTest {

    static final String ADMIN = "root:s3cret";

    @TempDir
    Path dataDir;
    DeviceModel device;
    HttpFace face;
    org.ptzcam.media.pipeline.VideoPipeline video;

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC(),
                Duration.ZERO);
        video = TestVideo.pipeline(device);
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
        CurlRunner.run("http://127.0.0.1:" + face.httpPort()
                + "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=s3cret&grp=root&sgrp=admin:operator:viewer:ptz");
    }

    @AfterEach
    void stop() {
        face.close();
        video.close();
        device.close();
    }

    static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    CurlRunner.Reply setPolicy(String scheme, int port, String policy) throws Exception {
        return CurlRunner.run("--digest", "-u", ADMIN, "--data", "action=update&root.Network.HTTPS.Policy=" + policy,
                scheme + "://127.0.0.1:" + port + "/axis-cgi/param.cgi");
    }

    @Test
    void policyClosesAndReopensPortsWithoutRestart() throws Exception {
        int httpPort = face.httpPort();
        int httpsPort = face.httpsPort();
        assertThat(device.runtime().port(RuntimeInfo.HTTP)).hasValue(httpPort);

        // the request that closes HTTP travels on HTTP and still gets its answer
        assertThat(setPolicy("http", httpPort, "https-only").body()).isEqualTo("OK\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> !listening(httpPort));
        assertThat(face.httpPort()).isEqualTo(-1);
        assertThat(device.runtime().port(RuntimeInfo.HTTP)).isEmpty();
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, "https://127.0.0.1:" + httpsPort
                + "/axis-cgi/param.cgi?action=list&group=Network.HTTP.Port").body())
                .doesNotContain("HTTP.Port=").contains("# Error");
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, "https://127.0.0.1:" + httpsPort
                + "/axis-cgi/param.cgi?action=list&group=Network.HTTPS.Policy").body())
                .isEqualTo("root.Network.HTTPS.Policy=https-only\n");

        // http-only: HTTPS closes, HTTP comes back on its old port
        assertThat(setPolicy("https", httpsPort, "http-only").body()).isEqualTo("OK\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> !listening(httpsPort) && listening(httpPort));
        assertThat(face.httpPort()).isEqualTo(httpPort);
        assertThat(face.httpsPort()).isEqualTo(-1);

        assertThat(setPolicy("http", httpPort, "http-and-https").body()).isEqualTo("OK\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> listening(httpsPort));
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, "https://127.0.0.1:" + httpsPort + "/axis-cgi/usergroup.cgi")
                .status()).isEqualTo(200);
        assertThat(device.runtime().port(RuntimeInfo.HTTPS)).hasValue(httpsPort);
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, "http://127.0.0.1:" + httpPort + "/api/security").body())
                .contains("\"policy\":\"http-and-https\"", "\"httpsPort\":" + httpsPort);
    }

    @Test
    void unknownPolicyIsRefusedAndOnlyAdminsMayChangeIt() throws Exception {
        assertThat(setPolicy("http", face.httpPort(), "none").body())
                .isEqualTo("# Error: Error setting 'root.Network.HTTPS.Policy' to 'none'!\n");
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, "--data", "action=add&grp=users&sgrp=operator:viewer"
                + "&user=op&pwd=pw", "http://127.0.0.1:" + face.httpPort() + "/axis-cgi/pwdgrp.cgi").body())
                .contains("Created account op.");
        assertThat(CurlRunner.run("--digest", "-u", "op:pw", "http://127.0.0.1:" + face.httpPort()
                + "/axis-cgi/param.cgi?action=update&Network.HTTPS.Policy=https-only").body()).startsWith("# Error");
        assertThat(listening(face.httpPort())).isTrue();
    }

    @Test
    void redirectOnlyWhileHttpsIsOpen() throws Exception {
        device.settings().update(java.util.Map.of("Network.HTTP.RedirectToHTTPS", "yes"));
        String url = "http://127.0.0.1:" + face.httpPort() + "/axis-cgi/usergroup.cgi";
        assertThat(CurlRunner.run(url).status()).isEqualTo(301);
        device.settings().update(java.util.Map.of("Network.HTTPS.Policy", "http-only"));
        await().atMost(Duration.ofSeconds(20)).until(() -> face.httpsPort() == -1);
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, url).status()).isEqualTo(200);
    }

    @Test
    void securityOverviewNamesEverythingOpenWithoutPassword() throws Exception {
        String url = "https://127.0.0.1:" + face.httpsPort() + "/api/security";
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, url).body()).doesNotContain("VISCA over IP")
                .contains("\"policy\":\"http-and-https\"", "\"source\":\"self-signed\"", "\"administrators\":1",
                        "\"protocols\":\"TLSv1.2, TLSv1.3\"");
        // the overview names the VISCA ports that are live (the app's VISCA stage records them)
        device.runtime().setPort(org.ptzcam.device.runtime.RuntimeInfo.VISCA_IP, 52381);
        device.runtime().setPort(org.ptzcam.device.runtime.RuntimeInfo.VISCA_RAW, 52380);
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, url).body())
                .contains("VISCA over IP: full camera control on UDP 52381");
    }

    @Test
    void closedPolicyHoldsFromStart() throws Exception {
        device.settings().update(java.util.Map.of("Network.HTTPS.Policy", "https-only"));
        await().atMost(Duration.ofSeconds(20)).until(() -> face.httpPort() == -1);
        face.close();
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
        assertThat(face.httpPort()).isEqualTo(-1);
        assertThat(face.httpsPort()).isPositive();
        assertThat(device.runtime().port(RuntimeInfo.HTTP)).isEmpty();
    }
}
