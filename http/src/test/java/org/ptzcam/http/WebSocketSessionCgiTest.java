package org.ptzcam.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.accounts.AuthResult;
import org.ptzcam.device.accounts.WebSocketTokens;

/** wssession.cgi / rtspwssession.cgi (vapix.md §1.2) and the redemption the WebSocket endpoints call. */
class WebSocketSessionCgiTest {

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

    @Test
    void loggedInCallerGetsAOneTimeTokenOfTheRightKind() throws Exception {
        // preview mode does not hand out tokens: they are for logged-in users
        assertThat(CurlRunner.run(http("/axis-cgi/rtspwssession.cgi")).status()).isEqualTo(401);
        CurlRunner.run(http("/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=s3cret&grp=root"
                + "&sgrp=admin:operator:viewer:ptz"));
        assertThat(CurlRunner.run(http("/axis-cgi/wssession.cgi")).status()).isEqualTo(401);

        CurlRunner.Reply events = CurlRunner.run("--digest", "-u", "root:s3cret", http("/axis-cgi/wssession.cgi"));
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.header("Content-Type")).startsWith("text/plain");
        assertThat(events.body()).matches("[0-9a-f]{32}");
        CurlRunner.Reply rtsp = CurlRunner.run("--digest", "-u", "root:s3cret",
                http("/axis-cgi/rtspwssession.cgi?1700000000000"));
        assertThat(rtsp.body()).matches("[0-9a-f]{32}").isNotEqualTo(events.body());

        var credentials = device.credentials();
        // wrong kind: an events token does not open RTSP, and it is used up by the attempt
        assertThat(credentials.redeemWebSocketToken(events.body(), WebSocketTokens.Kind.RTSP, "127.0.0.1"))
                .isInstanceOf(AuthResult.Rejected.class);
        assertThat(credentials.redeemWebSocketToken(events.body(), WebSocketTokens.Kind.EVENTS, "127.0.0.1"))
                .isInstanceOf(AuthResult.Rejected.class);
        AuthResult ok = credentials.redeemWebSocketToken(rtsp.body(), WebSocketTokens.Kind.RTSP, "127.0.0.1");
        assertThat(ok).isInstanceOfSatisfying(AuthResult.Success.class, s -> {
            assertThat(s.caller().user()).hasValue("root");
            assertThat(s.caller().allows(AccessLevel.ADMIN)).isTrue();
        });
        assertThat(credentials.redeemWebSocketToken(rtsp.body(), WebSocketTokens.Kind.RTSP, "127.0.0.1"))
                .isInstanceOf(AuthResult.Rejected.class);
        assertThat(credentials.redeemWebSocketToken("not-a-token", WebSocketTokens.Kind.RTSP, "127.0.0.1"))
                .isInstanceOf(AuthResult.Rejected.class);
        assertThat(credentials.redeemWebSocketToken(null, WebSocketTokens.Kind.RTSP, "127.0.0.1"))
                .isInstanceOf(AuthResult.Rejected.class);
    }
}
