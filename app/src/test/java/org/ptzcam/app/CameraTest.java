package org.ptzcam.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.BuildInfo;

/** A camera in-process: restart re-creates its components without leaving the process. */
class CameraTest {

    @TempDir
    Path dataDir;

    private static String paramList(int httpPort, String group) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + httpPort + "/axis-cgi/param.cgi?action=list&group=" + group))
                        // Basic on plain HTTP: allowed by the test's Network.HTTP.BasicOverHTTP=yes
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "root:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void restartRecreatesComponentsAndKeepsState() throws Exception {
        try (Camera camera = new Camera(new CameraConfig(dataDir, "127.0.0.1", 0, 0, 0),
                new BuildInfo("1.2.3", "2026-01-01T00:00:00Z"), Clock.systemUTC())) {
            camera.start();
            camera.device().settings().update(Map.of("Network.HostName", "restarted", "Network.HTTP.BasicOverHTTP", "yes"));
            camera.device().credentials().accounts().createFirstAdmin("root", "s3cret",
                    org.ptzcam.device.AccessLevel.ADMIN, true, "");
            String bootBefore = camera.device().runtime().bootId();
            var deviceBefore = camera.device();

            camera.restart();

            assertThat(camera.device()).isNotSameAs(deviceBefore);
            assertThat(camera.device().runtime().bootId()).isNotEqualTo(bootBefore);
            assertThat(paramList(camera.httpPort(), "Network.HostName")).isEqualTo("root.Network.HostName=restarted\n");
            assertThat(paramList(camera.httpPort(), "Network.HTTP.Port"))
                    .isEqualTo("root.Network.HTTP.Port=" + camera.httpPort() + "\n");
        }
    }
}
