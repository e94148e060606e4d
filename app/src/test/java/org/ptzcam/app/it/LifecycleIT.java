package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, stop, restart, factory default and the data-directory lock, on the real jar. */
class LifecycleIT {

    @TempDir
    Path dataDir;

    private static String setting(CameraProcess cam, String group) throws Exception {
        return Curl.run(cam.https("/axis-cgi/param.cgi?action=list&group=" + group)).body();
    }

    private static String bootId(CameraProcess cam) throws Exception {
        String body = Curl.run("--data", "{\"apiVersion\":\"1\",\"method\":\"systemready\"}",
                cam.https("/axis-cgi/systemready.cgi")).body();
        return new ObjectMapper().readTree(body).get("data").get("bootid").asText();
    }

    @Test
    void restartKeepsSettingsAndCertificateAndSigtermExitsZero() throws Exception {
        String certBefore;
        String bootBefore;
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            assertThat(Curl.run(cam.https("/axis-cgi/param.cgi?action=update&root.Network.HostName=gatecam")).body())
                    .isEqualTo("OK\n");
            certBefore = OpenSsl.servedCertificate(cam.httpsPort());
            bootBefore = bootId(cam);
            assertThat(cam.stop()).as("exit status after SIGTERM").isZero();
        }
        assertThat(Files.readString(dataDir.resolve("logs/ptzcam.log"))).contains("camera started").contains("stopped");
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            assertThat(setting(cam, "Network.HostName")).isEqualTo("root.Network.HostName=gatecam\n");
            assertThat(OpenSsl.servedCertificate(cam.httpsPort())).isEqualTo(certBefore);
            assertThat(bootId(cam)).isNotEqualTo(bootBefore);
        }
    }

    @Test
    void factoryDefaultWipesSettingsAndCertificate() throws Exception {
        String certBefore;
        String defaultHost;
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            defaultHost = setting(cam, "Network.HostName");
            Curl.run(cam.https("/axis-cgi/param.cgi?action=update&Network.HostName=changed"));
            certBefore = OpenSsl.servedCertificate(cam.httpsPort());
            CameraProcess.Finished refused = CameraProcess.runToEnd("factory-default", "--data-dir", dataDir.toString());
            assertThat(refused.exitCode()).as("factory default while running").isNotZero();
            assertThat(refused.stderr()).contains("in use");
        }
        Path unrelated = Files.writeString(dataDir.resolve("notes.txt"), "mine");
        CameraProcess.Finished reset = CameraProcess.runToEnd("factory-default", "--data-dir", dataDir.toString());
        assertThat(reset.exitCode()).as(reset.stderr()).isZero();
        assertThat(Files.readString(unrelated)).isEqualTo("mine");
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            assertThat(setting(cam, "Network.HostName")).isEqualTo(defaultHost);
            assertThat(OpenSsl.servedCertificate(cam.httpsPort())).isNotEqualTo(certBefore);
        }
    }

    @Test
    void secondProcessOnTheSameDataDirectoryIsRefused() throws Exception {
        try (CameraProcess first = CameraProcess.start(dataDir)) {
            CameraProcess.Finished second = CameraProcess.runToEnd("run", "--data-dir", dataDir.toString(),
                    "--bind", "127.0.0.1", "--http-port", "0", "--https-port", "0", "--rtsp-port", "0");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.stderr().strip().lines()).hasSize(1);
            assertThat(second.stderr()).contains("in use by another ptzcam process");
            assertThat(Curl.run(first.https("/axis-cgi/param.cgi?action=list&group=Brand")).status()).isEqualTo(200);
        }
    }

    @Test
    void redirectSettingSendsPlainHttpToHttps() throws Exception {
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            String path = "/axis-cgi/param.cgi?action=list&group=Brand";
            assertThat(Curl.run(cam.http(path)).status()).isEqualTo(200);
            assertThat(Curl.run(cam.https("/axis-cgi/param.cgi?action=update&Network.HTTP.RedirectToHTTPS=yes")).body())
                    .isEqualTo("OK\n");
            Curl.Reply redirected = Curl.run(cam.http(path));
            assertThat(redirected.status()).isEqualTo(301);
            assertThat(redirected.header("Location")).isEqualTo("https://127.0.0.1:" + cam.httpsPort() + path);
            // curl sends credentials across the redirect (another port) only when told to
            Curl.Reply followed = Curl.run("-L", "--location-trusted", cam.http(path));
            assertThat(followed.body()).contains("root.Brand.Brand=ptzcam");
        }
    }

    @Test
    void bannerNamesEveryUrl() throws Exception {
        try (CameraProcess cam = CameraProcess.start(dataDir)) {
            String banner = String.join("\n", cam.stdoutLines());
            assertThat(banner).contains("https://127.0.0.1:" + cam.httpsPort() + "/")
                    .contains("http://127.0.0.1:" + cam.httpPort() + "/")
                    .contains("rtsp://127.0.0.1:")
                    .contains("as given on the command line")
                    .contains(dataDir.toAbsolutePath().toString());
        }
    }
}
