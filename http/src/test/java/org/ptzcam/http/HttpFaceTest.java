package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;

/** The HTTP face in-process on a real device model, driven by the JDK's HTTP client. */
class HttpFaceTest {

    @TempDir
    Path dataDir;

    private DeviceModel device;
    private HttpFace face;
    private org.ptzcam.media.pipeline.VideoPipeline video;
    /** Who the helpers log in as (Basic; allowed on plain HTTP for these tests). */
    private volatile AccessLevel callerLevel = AccessLevel.ADMIN;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC());
        video = TestVideo.pipeline(device);
        device.credentials().accounts().createFirstAdmin("root", "rootpw", AccessLevel.ADMIN, true, "");
        device.credentials().accounts().add("viewer", "viewerpw", AccessLevel.VIEWER, false, "");
        device.settings().update(java.util.Map.of(org.ptzcam.device.settings.SecuritySettings.BASIC_OVER_HTTP, "yes"));
        face = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null);
        face.start();
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        client = HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        face.close();
        video.close();
        device.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + face.httpsPort() + path))
                .header("Authorization", basic()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + face.httpPort() + path))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basic() {
        String userPassword = callerLevel == AccessLevel.ADMIN ? "root:rootpw" : "viewer:viewerpw";
        return "Basic " + java.util.Base64.getEncoder().encodeToString(userPassword.getBytes());
    }

    @Test
    void bothPortsAreBoundAndDistinct() {
        assertThat(face.httpPort()).isPositive();
        assertThat(face.httpsPort()).isPositive().isNotEqualTo(face.httpPort());
    }

    @Test
    void jsonRpcVersionRules() throws Exception {
        assertThat(post("/axis-cgi/systemready.cgi", "{\"apiVersion\":\"1.4\",\"method\":\"systemready\"}").body())
                .contains("\"systemready\":\"yes\"");
        assertThat(post("/axis-cgi/systemready.cgi", "{\"apiVersion\":\"1.9\",\"method\":\"systemready\"}").body())
                .contains("\"code\":2003");
        assertThat(post("/axis-cgi/systemready.cgi", "{\"apiVersion\":\"2.0\",\"method\":\"systemready\"}").body())
                .contains("\"code\":2003");
        assertThat(post("/axis-cgi/systemready.cgi", "{\"method\":\"getSupportedVersions\"}").body())
                .contains("\"apiVersions\":[\"1.4\"]");
        assertThat(post("/axis-cgi/systemready.cgi", "{\"apiVersion\":\"1\"}").body()).contains("\"code\":4002");
        assertThat(post("/axis-cgi/systemready.cgi",
                "{\"apiVersion\":\"1\",\"method\":\"systemready\",\"params\":{\"timeout\":\"soon\"}}").body())
                .contains("\"code\":1000");
    }

    @Test
    void oversizedBodiesGetTheCgisOwnError() throws Exception {
        String big = "action=list&group=" + "x".repeat(70_000);
        HttpResponse<String> r = post("/axis-cgi/param.cgi", big);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("# Error: request body larger than");
        assertThat(post("/axis-cgi/systemready.cgi", "{" + " ".repeat(70_000) + "}").body()).contains("\"code\":4000");
    }

    @Test
    void malformedEscapesGetAVapixErrorLine() throws Exception {
        assertThat(post("/axis-cgi/param.cgi", "action=list&group=%zz").body()).isEqualTo("# Error: malformed arguments\n");
    }

    @Test
    void unknownActionIsAnError() throws Exception {
        assertThat(get("/axis-cgi/param.cgi?action=explode").body()).startsWith("# Error:");
    }

    @Test
    void viewersCannotUpdateAndSeeOnlyViewerParameters() throws Exception {
        callerLevel = AccessLevel.VIEWER;
        assertThat(get("/axis-cgi/param.cgi?action=update&Network.HostName=x").body()).startsWith("# Error:");
        assertThat(get("/axis-cgi/param.cgi?action=list&group=root.Brand").body()).contains("root.Brand.Brand=");
        assertThat(get("/axis-cgi/param.cgi?action=list").body()).doesNotContain("root.Network.HTTP.RedirectToHTTPS");
        callerLevel = AccessLevel.ADMIN;
        assertThat(get("/axis-cgi/param.cgi?action=list").body()).contains("root.Network.HTTP.RedirectToHTTPS=no");
    }

    @Test
    void updateOfSeveralParametersIsAllOrNothing() throws Exception {
        assertThat(get("/axis-cgi/param.cgi?action=update&Network.HostName=newname"
                + "&Network.HTTP.RedirectToHTTPS=maybe").body())
                .isEqualTo("# Error: Error setting 'Network.HTTP.RedirectToHTTPS' to 'maybe'!\n");
        assertThat(device.settings().network().hostName()).isNotEqualTo("newname");
    }

    @Test
    void jettyLevelErrorsArePlainAndVersionless() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + face.httpPort() + "/axis-cgi/param.cgi"))
                .header("X-Huge", "y".repeat(10_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.body()).doesNotContainIgnoringCase("jetty");
    }
}
