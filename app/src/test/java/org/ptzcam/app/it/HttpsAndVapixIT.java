package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One running camera (the real jar) driven by curl and openssl over HTTP and HTTPS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsAndVapixIT {

    @TempDir
    static Path dataDir;

    private CameraProcess camera;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() throws Exception {
        camera = CameraProcess.start(dataDir);
    }

    @AfterAll
    void stop() throws Exception {
        camera.close();
    }

    @Test
    void systemreadyAnswersAnonymouslyWithStringFields() throws Exception {
        Curl.Reply r = Curl.run("-X", "POST", "-H", "Content-Type: application/json", "--data",
                "{\"apiVersion\":\"1\",\"context\":\"ctx-7\",\"method\":\"systemready\",\"params\":{\"timeout\":20}}",
                camera.https("/axis-cgi/systemready.cgi"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode reply = json.readTree(r.body());
        assertThat(reply.get("context").asText()).isEqualTo("ctx-7");
        assertThat(reply.get("method").asText()).isEqualTo("systemready");
        JsonNode data = reply.get("data");
        for (String field : new String[] {"systemready", "needsetup", "uptime", "bootid"}) {
            assertThat(data.get(field).isTextual()).as(field + " is a JSON string").isTrue();
        }
        assertThat(data.get("systemready").asText()).isEqualTo("yes");
        // CameraProcess created the administrator; AccountsIT and HttpAuthTest see "yes" before that
        assertThat(data.get("needsetup").asText()).isEqualTo("no");
        assertThat(data.has("previewmode")).isFalse();
        assertThat(data.get("uptime").asText()).matches("\\d+");
        assertThat(data.get("bootid").asText()).isNotBlank();
    }

    @Test
    void systemreadyRejectsBadJsonAndGetWithApiErrors() throws Exception {
        Curl.Reply bad = Curl.run("--data", "{not json", camera.https("/axis-cgi/systemready.cgi"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(json.readTree(bad.body()).get("error").get("code").asInt()).isEqualTo(4000);
        Curl.Reply get = Curl.run(camera.https("/axis-cgi/systemready.cgi"));
        assertThat(json.readTree(get.body()).get("error").get("code").asInt()).isEqualTo(2002);
        Curl.Reply unknown = Curl.run("--data", "{\"apiVersion\":\"1.0\",\"method\":\"reboot\"}",
                camera.https("/axis-cgi/systemready.cgi"));
        assertThat(json.readTree(unknown.body()).get("error").get("code").asInt()).isEqualTo(2004);
    }

    @Test
    void paramCgiListsBrandOverHttpAndHttps() throws Exception {
        for (String url : new String[] {camera.http("/axis-cgi/param.cgi?action=list&group=root.Brand"),
                camera.https("/axis-cgi/param.cgi?action=list&group=Brand")}) {
            Curl.Reply r = Curl.run(url);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/plain");
            assertThat(r.body().lines()).isNotEmpty().allMatch(l -> l.startsWith("root.Brand."));
            assertThat(r.body()).contains("root.Brand.Brand=ptzcam").doesNotContain("AXIS");
        }
    }

    @Test
    void paramCgiTakesUrlencodedBodyWhateverTheContentType() throws Exception {
        // Home Assistant's library posts text/plain
        Curl.Reply r = Curl.run("-H", "Content-Type: text/plain", "--data", "action=list&group=root.Properties",
                camera.https("/axis-cgi/param.cgi"));
        assertThat(r.body()).contains("root.Properties.API.HTTP.Version=3")
                .containsPattern("root\\.Properties\\.System\\.SerialNumber=[0-9A-F]*[A-F][0-9A-F]*\n");
    }

    @Test
    void paramCgiErrorsUseVapixLines() throws Exception {
        Curl.Reply unknown = Curl.run(camera.https("/axis-cgi/param.cgi?action=list&group=root.NoSuchGroup"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo("# Error: Error -1 getting param in group 'root.NoSuchGroup'\n");
        Curl.Reply readOnly = Curl.run(camera.https("/axis-cgi/param.cgi?action=update&root.Brand.Brand=X"));
        assertThat(readOnly.body()).isEqualTo("# Error: Error setting 'root.Brand.Brand' to 'X'!\n");
    }

    @Test
    void paramCgiUpdateIsVisibleInList() throws Exception {
        Curl.Reply ok = Curl.run("--data", "action=update&Network.Bonjour.FriendlyName=Gate%20camera",
                camera.https("/axis-cgi/param.cgi"));
        assertThat(ok.body()).isEqualTo("OK\n");
        Curl.Reply list = Curl.run(camera.https("/axis-cgi/param.cgi?action=list&group=Network.Bonjour"));
        assertThat(list.body()).contains("root.Network.Bonjour.FriendlyName=Gate camera\n");
    }

    @Test
    void unknownPathsAre404WithOurServerHeader() throws Exception {
        Curl.Reply r = Curl.run(camera.https("/axis-cgi/nonexistent.cgi"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Server")).startsWith("ptzcam/");
        assertThat(Curl.run(camera.http("/")).body()).contains("<title>ptzcam</title>"); // the first page
    }

    @Test
    void oversizedHeadersAreRefusedNotFatal() throws Exception {
        Curl.Reply r = Curl.run("-H", "X-Big: " + "a".repeat(20_000), camera.https("/axis-cgi/param.cgi"));
        assertThat(r.status()).isEqualTo(431);
        assertThat(Curl.run(camera.https("/axis-cgi/param.cgi?action=list&group=Brand")).status()).isEqualTo(200);
    }

    @Test
    void certificateIsSelfSignedWithLocalNamesAndTls12Minimum() throws Exception {
        String text = OpenSsl.describe(OpenSsl.servedCertificate(camera.httpsPort()));
        assertThat(text).contains("DNS:localhost").contains("IP Address:127.0.0.1");
        assertThat(OpenSsl.handshakes(camera.httpsPort(), "-tls1_2")).isTrue();
        assertThat(OpenSsl.handshakes(camera.httpsPort(), "-tls1_3")).isTrue();
        assertThat(OpenSsl.handshakes(camera.httpsPort(), "-tls1_1")).isFalse();
    }
}
