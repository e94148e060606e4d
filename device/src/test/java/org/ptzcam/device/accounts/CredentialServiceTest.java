package org.ptzcam.device.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.accounts.CredentialService.Protocol;
import org.ptzcam.device.settings.SecuritySettings;
import org.ptzcam.device.testsupport.TestCameras;

/** Digest and Basic against real accounts in a real data directory, with a hand-moved clock. */
class CredentialServiceTest {

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    DeviceModel device;
    CredentialService auth;

    @BeforeEach
    void open() throws Exception {
        device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2));
        auth = device.credentials();
        auth.accounts().createFirstAdmin("root", "pass word", AccessLevel.ADMIN, true, "");
    }

    @AfterEach
    void close() {
        device.close();
    }

    private AuthResult http(String header) {
        return http(header, "10.0.0.1", false);
    }

    private AuthResult http(String header, String address, boolean tls) {
        return auth.authenticate(new CredentialService.Request(Protocol.HTTP, "GET", "/axis-cgi/param.cgi",
                Optional.ofNullable(header), address, tls));
    }

    private String challenge() {
        return auth.challenges(Protocol.HTTP, false, false).get(0);
    }

    @Test
    void digestMd5WithQopAuthLogsIn() {
        String h = DigestClient.answer(challenge(), "MD5", "root", "pass word", "GET",
                "/axis-cgi/param.cgi?action=list", "00000001", "abc");
        assertThat(http(h)).isEqualTo(new AuthResult.Success(
                org.ptzcam.device.accounts.Caller.user("root", AccessLevel.ADMIN, true)));
    }

    @Test
    void digestSha256LogsInAndIsOfferedFirstWhenSetSo() throws Exception {
        assertThat(auth.challenges(Protocol.HTTP, false, false)).hasSize(1).allMatch(c -> c.contains("algorithm=MD5"));
        device.settings().update(Map.of(SecuritySettings.DIGEST_ALGORITHMS, "SHA-256,MD5"));
        List<String> offered = auth.challenges(Protocol.HTTP, false, false);
        assertThat(offered).hasSize(2);
        assertThat(offered.get(0)).contains("algorithm=SHA-256");
        String h = DigestClient.answer(offered.get(0), "SHA-256", "root", "pass word", "GET", "/axis-cgi/param.cgi",
                "00000001", "x1");
        assertThat(http(h)).isInstanceOf(AuthResult.Success.class);
    }

    @Test
    void wrongPasswordUnknownUserAndForgedNonceAreRejected() {
        assertThat(http(DigestClient.answer(challenge(), "MD5", "root", "wrong", "GET", "/axis-cgi/param.cgi",
                "00000001", "a"))).isEqualTo(new AuthResult.Rejected("wrong password", false));
        assertThat(http(DigestClient.answer(challenge(), "MD5", "nobody", "x", "GET", "/axis-cgi/param.cgi",
                "00000001", "a"))).isInstanceOf(AuthResult.Rejected.class);
        String forged = challenge().replaceAll("nonce=\"[^\"]*\"", "nonce=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"");
        assertThat(http(DigestClient.answer(forged, "MD5", "root", "pass word", "GET", "/axis-cgi/param.cgi",
                "00000001", "a"))).isEqualTo(new AuthResult.Rejected("nonce not issued by this camera", false));
    }

    @Test
    void replayedNonceCountIsRejectedButNewCnonceWithSameNcIsNot() {
        String c = challenge();
        String first = DigestClient.answer(c, "MD5", "root", "pass word", "GET", "/axis-cgi/param.cgi", "00000001", "a");
        assertThat(http(first)).isInstanceOf(AuthResult.Success.class);
        assertThat(http(first)).isEqualTo(new AuthResult.Rejected("replayed nonce count", false));
        // the Node VAPIX clients always send nc=00000001 with a fresh cnonce
        assertThat(http(DigestClient.answer(c, "MD5", "root", "pass word", "GET", "/axis-cgi/param.cgi", "00000001",
                "b"))).isInstanceOf(AuthResult.Success.class);
    }

    @Test
    void expiredNonceWithRightPasswordIsStale() {
        String c = challenge();
        clock.advance(DigestAuth.NONCE_LIFETIME.plusSeconds(1));
        assertThat(http(DigestClient.answer(c, "MD5", "root", "pass word", "GET", "/axis-cgi/param.cgi", "00000001",
                "a"))).isEqualTo(new AuthResult.Rejected("nonce expired", true));
        assertThat(auth.challenges(Protocol.HTTP, false, true).get(0)).endsWith("stale=true");
    }

    @Test
    void uriMustNameTheRequestedPath() {
        assertThat(http(DigestClient.answer(challenge(), "MD5", "root", "pass word", "GET", "/axis-cgi/other.cgi",
                "00000001", "a"))).isInstanceOf(AuthResult.Rejected.class);
    }

    @Test
    void rtspAcceptsRfc2069AnswersWithTheAggregateUri() {
        String c = auth.challenges(Protocol.RTSP, false, false).get(0);
        assertThat(c).matches("Digest realm=\"AXIS_[0-9A-F]{12}\", nonce=\"[^\"]+\", stale=FALSE");
        String uri = "rtsp://127.0.0.1:554/axis-media/media.amp?videocodec=h264";
        String h = DigestClient.answer2069(c, "root", "pass word", "SETUP", uri);
        AuthResult r = auth.authenticate(new CredentialService.Request(Protocol.RTSP, "SETUP",
                "/axis-media/media.amp/trackID=1", Optional.of(h), "10.0.0.2", false));
        assertThat(r).isInstanceOf(AuthResult.Success.class);
    }

    @Test
    void malformedHeadersAreMalformedNotExceptions() {
        for (String bad : List.of("Digest username=\"root", "Digest realm", "Digest username=root, username=x",
                "Basic !!!notbase64", "Basic " + b64("nocolon"), "Digest " + "a=b, ".repeat(30),
                "Digest realm=\"x\", nonce=\"y\", uri=\"/\", response=\"z\"",
                "Digest username=\"root\", realm=\"x\", nonce=\"y\", uri=\"/\", response=\"z\", qop=auth",
                "Digest x=\"" + "A".repeat(5000) + "\"")) {
            assertThat(http(bad, "10.9.9." + Math.abs(bad.hashCode() % 200), false)).as(bad)
                    .isInstanceOf(AuthResult.Malformed.class);
        }
        assertThat(http("Bearer abc")).isInstanceOf(AuthResult.Rejected.class);
        assertThat(http("")).isInstanceOf(AuthResult.Missing.class);
    }

    @Test
    void strangeUserNamesAreRefusedPolitely() {
        assertThat(http(DigestClient.answer(challenge(), "MD5", "ro:ot", "x", "GET", "/axis-cgi/param.cgi",
                "00000001", "a"))).isInstanceOf(AuthResult.Rejected.class);
        String utf8 = "Digest username*=UTF-8''J%C3%A4ger, realm=\"r\", nonce=\"n\", uri=\"/axis-cgi/param.cgi\","
                + " response=\"0\"";
        assertThat(http(utf8)).isInstanceOf(AuthResult.Rejected.class);
        assertThat(http("Basic " + b64("J\u00e4ger:pw"), "10.0.0.7", true)).isInstanceOf(AuthResult.Rejected.class);
        assertThat(http("Basic " + b64("root:"), "10.0.0.8", true)).isInstanceOf(AuthResult.Rejected.class);
    }

    @Test
    void basicOnlyOverTlsUnlessAllowed() throws Exception {
        String basic = "Basic " + b64("root:pass word");
        assertThat(http(basic, "10.0.0.3", true)).isInstanceOf(AuthResult.Success.class);
        assertThat(http(basic, "10.0.0.3", false)).isInstanceOf(AuthResult.Rejected.class);
        assertThat(auth.challenges(Protocol.HTTP, false, false)).noneMatch(c -> c.startsWith("Basic"));
        assertThat(auth.challenges(Protocol.HTTP, true, false)).anyMatch(c -> c.startsWith("Basic realm="));
        device.settings().update(Map.of(SecuritySettings.BASIC_OVER_HTTP, "yes"));
        assertThat(http(basic, "10.0.0.3", false)).isInstanceOf(AuthResult.Success.class);
    }

    @Test
    void repeatedFailuresBackOffPerAddressOnly() {
        String wrong = "Basic " + b64("root:bad");
        for (int i = 0; i < BruteForceGuard.FREE_FAILURES; i++) {
            assertThat(http(wrong, "10.0.0.66", true)).isInstanceOf(AuthResult.Rejected.class);
        }
        assertThat(http(wrong, "10.0.0.66", true)).isInstanceOf(AuthResult.Rejected.class); // 6th: starts a 1 s wait
        String right = "Basic " + b64("root:pass word");
        assertThat(http(right, "10.0.0.66", true)).isEqualTo(new AuthResult.Throttled(Duration.ofSeconds(1)));
        assertThat(http(right, "10.0.0.67", true)).isInstanceOf(AuthResult.Success.class); // others unaffected
        clock.advance(Duration.ofSeconds(1));
        assertThat(http(wrong, "10.0.0.66", true)).isInstanceOf(AuthResult.Rejected.class); // 7th: 2 s
        assertThat(http(right, "10.0.0.66", true)).isEqualTo(new AuthResult.Throttled(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(http(right, "10.0.0.66", true)).isInstanceOf(AuthResult.Success.class);
        assertThat(http(wrong, "10.0.0.66", true)).isInstanceOf(AuthResult.Rejected.class); // counter was reset
        assertThat(auth.audit().recent(50)).extracting(AuditEntry::kind).contains("login-failed", "login");
        assertThat(auth.audit().recent(50)).anyMatch(e -> e.detail().contains("back-off 2 s"));
    }

    @Test
    void noClearPasswordIsStored() throws Exception {
        device.close();
        byte[] db = Files.readAllBytes(dir.resolve("ptzcam.db"));
        assertThat(new String(db, StandardCharsets.ISO_8859_1)).doesNotContain("pass word");
        device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2));
        assertThat(device.credentials().accounts().verifyPassword("root", "pass word")).isPresent();
        assertThat(device.credentials().accounts().verifyPassword("root", "pass  word")).isEmpty();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
