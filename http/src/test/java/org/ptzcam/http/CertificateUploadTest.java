package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;

/** Custom HTTPS certificate: upload (openssl-made), live switch seen by curl and openssl, refusals, revert. */
class CertificateUploadTest {

    static final String ADMIN = "root:s3cret";
    static final BuildInfo BUILD = new BuildInfo("9.9.9", "2026-01-01T00:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path work;
    DeviceModel device;
    HttpFace face;
    org.ptzcam.media.pipeline.VideoPipeline video;
    OpenSslRunner openssl;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, BUILD, Clock.systemUTC(), Duration.ZERO);
        video = TestVideo.pipeline(device);
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
        openssl = new OpenSslRunner(work);
        CurlRunner.run("http://127.0.0.1:" + face.httpPort()
                + "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=s3cret&grp=root&sgrp=admin:operator:viewer:ptz");
    }

    @AfterEach
    void stop() {
        face.close();
        video.close();
        device.close();
    }

    String https(String path) {
        return "https://localhost:" + face.httpsPort() + path;
    }

    CurlRunner.Reply upload(String certificate, String key) throws Exception {
        Path body = work.resolve("upload.json");
        Files.writeString(body, json.writeValueAsString(Map.of("certificate", certificate, "privateKey", key)));
        return CurlRunner.run("--digest", "-u", ADMIN, "-H", "Content-Type: application/json", "--data-binary",
                "@" + body, https("/api/certificate"));
    }

    @Test
    void uploadedCertificateIsServedAtOnceAndRevertBringsBackTheSelfSignedOne() throws Exception {
        String selfSigned = openssl.servedSubject(face.httpsPort());
        assertThat(selfSigned).contains("O = ptzcam");
        openssl.caAndEcServer();
        // curl refuses the self-signed certificate when it verifies against our CA
        assertThat(CurlRunner.verified("--cacert", work.resolve("ca.pem").toString(), https("/")).status()).isZero();

        CurlRunner.Reply ok = upload(openssl.read("ec.pem") + openssl.read("ca.pem"), openssl.read("ec.key"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"source\":\"uploaded\"", "CN=cam.example", "\"issuer\":\"CN=ptzcam Test CA\"",
                "DNS:localhost", "IP:127.0.0.1", "\"chainLength\":2", "\"keyAlgorithm\":\"EC\"");

        assertThat(openssl.servedSubject(face.httpsPort())).contains("CN = cam.example");
        CurlRunner.Reply trusted = CurlRunner.verified("--cacert", work.resolve("ca.pem").toString(), "--digest", "-u",
                ADMIN, https("/axis-cgi/usergroup.cgi"));
        assertThat(trusted.status()).as(trusted.stderr()).isEqualTo(200);
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, https("/api/security")).body())
                .contains("\"source\":\"uploaded\"", "CN=cam.example", "\"notAfter\":");
        assertThat(Files.readString(dataDir.resolve("https-certificate.pem"))).isEqualTo(openssl.read("ec.pem")
                .replace("\r", ""));

        // an RSA key in the traditional form, self-signed
        openssl.rsaSelfSigned();
        CurlRunner.Reply rsa = upload(openssl.read("rsa.pem"), openssl.read("rsa.key"));
        assertThat(rsa.body()).contains("CN=rsa.example", "\"keyAlgorithm\":\"RSA\"");
        assertThat(openssl.servedSubject(face.httpsPort())).contains("CN = rsa.example");

        CurlRunner.Reply revert = CurlRunner.run("--digest", "-u", ADMIN, "-X", "DELETE", https("/api/certificate"));
        assertThat(revert.body()).contains("\"source\":\"self-signed\"");
        assertThat(openssl.servedSubject(face.httpsPort())).isEqualTo(selfSigned);
        assertThat(CurlRunner.run("--digest", "-u", ADMIN, https("/api/audit")).body())
                .contains("certificate-installed", "certificate-reverted");
    }

    @Test
    void badUploadsAreRefusedWithTheReasonAndNothingChanges() throws Exception {
        openssl.caAndEcServer();
        openssl.rsaSelfSigned();
        String served = openssl.servedSubject(face.httpsPort());
        assertThat(upload("hello", "world").body()).contains("no PEM certificate");
        assertThat(upload("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", openssl.read("ec.key"))
                .body()).contains("malformed PEM");
        CurlRunner.Reply mismatch = upload(openssl.read("ec.pem"), openssl.read("rsa.key"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("the private key does not belong to any uploaded certificate");
        assertThat(upload(openssl.read("ec.pem"), "").body()).contains("no PEM private key found");
        CurlRunner.Reply big = upload(openssl.read("ec.pem") + "x".repeat(70_000), openssl.read("ec.key"));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("upload larger than");
        CurlRunner.Reply notJson = CurlRunner.run("--digest", "-u", ADMIN, "--data", "certificate=x",
                https("/api/certificate"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("malformed JSON");
        // the chain must be in order of signing: a CA that did not sign the server certificate
        assertThat(upload(openssl.read("ec.pem") + openssl.read("rsa.pem"), openssl.read("ec.key")).body())
                .contains("did not sign");
        assertThat(openssl.servedSubject(face.httpsPort())).isEqualTo(served);
        assertThat(device.certificates().custom()).isFalse();
        // viewers and anonymous callers cannot even look
        assertThat(CurlRunner.run(https("/api/certificate")).status()).isEqualTo(401);
    }

    @Test
    void uploadedCertificateSurvivesARestart() throws Exception {
        openssl.caAndEcServer();
        assertThat(upload(openssl.read("ec.pem"), openssl.read("ec.key")).status()).isEqualTo(200);
        face.close();
        video.close();
        device.close();
        device = DeviceModel.open(dataDir, BUILD, Clock.systemUTC(), Duration.ZERO);
        video = TestVideo.pipeline(device);
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
        assertThat(device.certificates().custom()).isTrue();
        assertThat(openssl.servedSubject(face.httpsPort())).contains("CN = cam.example");
    }
}
