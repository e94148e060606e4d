package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.DataInputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP tunnelling on the RTSP port, driven by hand on sockets: the protocol as clients use it
 * (a POST per request, as live555 does) and bad input (unpaired POST, bad base64, cookie reuse,
 * oversized heads, UDP inside a tunnel, unpaired GET timeout). Nothing may leak: after each test
 * every tunnel and session is gone (Netty leak detection is paranoid in these tests).
 */
class HttpTunnelTest {

    private static final String PATH = "/axis-media/media.amp?videocodec=jpeg&resolution=320x180&fps=15";

    @TempDir
    static Path dataDir;

    static TestCamera camera;

    @BeforeAll
    static void start() throws Exception {
        camera = new TestCamera(dataDir);
    }

    @AfterAll
    static void stop() {
        camera.close();
    }

    @AfterEach
    void nothingLeaks() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(camera.server.httpTunnels().open()).as("HTTP tunnels").isZero();
            assertThat(camera.server.httpTunnels().unpaired()).as("unpaired GETs").isZero();
            assertThat(camera.server.tunnelCount()).as("tunnelled RTSP connections").isZero();
            assertThat(camera.server.sessionCount()).as("sessions").isZero();
        });
    }

    private String url() {
        return "rtsp://127.0.0.1:" + camera.server.port() + PATH;
    }

    @Test
    void aNewPostPerRequestContinuesTheTunnelAndRtpComesDownTheGet() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "cookieA"));
            String head = TunnelSockets.readHead(get);
            assertThat(head).startsWith("HTTP/1.0 200 OK").contains("Content-Type: application/x-rtsp-tunnelled")
                    .doesNotContainIgnoringCase("Content-Length");
            RawClient rtsp = RawClient.over(get);
            String[] requests = {
                TunnelSockets.request("OPTIONS", url(), 1),
                TunnelSockets.request("DESCRIBE", url(), 2, "Accept: application/sdp"),
                TunnelSockets.request("SETUP", url() + "/trackID=1", 3, "Transport: RTP/AVP/TCP;unicast;interleaved=0-1"),
            };
            int[] expect = {200, 200, 200};
            String session = null;
            for (int i = 0; i < requests.length; i++) {
                try (Socket post = TunnelSockets.open(camera.server.port())) {
                    // head and body in separate writes, the body cut in the middle of a base64 quad
                    TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieA"));
                    String b64 = TunnelSockets.base64(requests[i]);
                    TunnelSockets.write(post, b64.substring(0, 5));
                    TunnelSockets.write(post, b64.substring(5));
                    RawClient.Response r = rtsp.read();
                    assertThat(r.status()).as(r.statusLine()).isEqualTo(expect[i]);
                    assertThat(r.header("CSeq")).isEqualTo(String.valueOf(i + 1));
                    if (r.header("Session") != null) {
                        session = r.header("Session").split(";")[0];
                    }
                }
            }
            assertThat(session).isNotNull();
            try (Socket post = TunnelSockets.open(camera.server.port())) {
                TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieA")
                        + TunnelSockets.base64(TunnelSockets.request("PLAY", url(), 4, "Session: " + session)));
                assertThat(rtsp.read().status()).isEqualTo(200);
                rtsp.awaitFrames(20);
                assertThat(rtsp.rtpFramesOnChannel0).isPositive();
            }
            assertThat(camera.server.sessionCount()).isEqualTo(1);
        }
        // closing the GET ends the tunnel and its session (the @AfterEach checks)
    }

    @Test
    void udpInsideATunnelIs461() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port());
                Socket post = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "cookieU"));
            TunnelSockets.readHead(get);
            TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieU") + TunnelSockets.base64(TunnelSockets.request(
                    "SETUP", url() + "/trackID=1", 1, "Transport: RTP/AVP;unicast;client_port=5000-5001")));
            RawClient.Response r = RawClient.over(get).read();
            assertThat(r.status()).isEqualTo(461);
            assertThat(r.statusLine()).contains("tunnelled");
        }
    }

    @Test
    void postWithoutAGetIs404AndClosed() throws Exception {
        try (Socket post = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(post, TunnelSockets.postHead(PATH, "nobody")
                    + TunnelSockets.base64(TunnelSockets.request("OPTIONS", url(), 1)));
            assertThat(TunnelSockets.readHead(post)).startsWith("HTTP/1.0 404 ");
            assertThat(TunnelSockets.closedByServer(post)).isTrue();
        }
    }

    @Test
    void badBase64ClosesPostAndGet() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port());
                Socket post = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "cookieB"));
            TunnelSockets.readHead(get);
            TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieB") + "T1BUSU9OUy!!not base64");
            assertThat(TunnelSockets.closedByServer(post)).isTrue();
            assertThat(TunnelSockets.closedByServer(get)).isTrue();
        }
    }

    @Test
    void aCookieInUseIsRefusedAndTheFirstTunnelGoesOn() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port());
                Socket again = TunnelSockets.open(camera.server.port());
                Socket post = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "cookieC"));
            TunnelSockets.readHead(get);
            TunnelSockets.write(again, TunnelSockets.getHead(PATH, "cookieC"));
            assertThat(TunnelSockets.readHead(again)).startsWith("HTTP/1.0 400 ");
            assertThat(TunnelSockets.closedByServer(again)).isTrue();
            TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieC")
                    + TunnelSockets.base64(TunnelSockets.request("OPTIONS", url(), 7)));
            RawClient.Response r = RawClient.over(get).read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("CSeq")).isEqualTo("7");
        }
    }

    @Test
    void anOversizedLineInsideTheTunnelIsAnsweredAndClosesIt() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port());
                Socket post = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "cookieL"));
            TunnelSockets.readHead(get);
            TunnelSockets.write(post, TunnelSockets.postHead(PATH, "cookieL")
                    + TunnelSockets.base64("OPTIONS rtsp://x/" + "a".repeat(5000) + " RTSP/1.0\r\nCSeq: 1\r\n\r\n"));
            RawClient.Response r = RawClient.over(get).read();
            assertThat(r.status()).isEqualTo(414);
            assertThat(TunnelSockets.closedByServer(get)).isTrue();
            assertThat(TunnelSockets.closedByServer(post)).isTrue();
        }
    }

    @Test
    void anOversizedHttpHeadIsRefusedByTheRtspDecoder() throws Exception {
        try (Socket s = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(s, "GET /" + "a".repeat(10_000) + " HTTP/1.0\r\nx-sessioncookie: x\r\n\r\n");
            RawClient.Response r = RawClient.over(s).read();
            assertThat(r.status()).isEqualTo(414);
            assertThat(TunnelSockets.closedByServer(s)).isTrue();
        }
    }

    @Test
    void plainHttpWithoutCookieIsStill501() throws Exception {
        try (Socket s = TunnelSockets.open(camera.server.port())) {
            TunnelSockets.write(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawClient.Response r = RawClient.over(s).read();
            assertThat(r.status()).isEqualTo(501);
            assertThat(TunnelSockets.closedByServer(s)).isTrue();
        }
    }

    @Test
    void aGetWithoutPostIsClosedAfterThePairingTime() throws Exception {
        try (Socket get = TunnelSockets.open(camera.server.port())) {
            get.setSoTimeout(30_000);
            TunnelSockets.write(get, TunnelSockets.getHead(PATH, "lonely"));
            TunnelSockets.readHead(get);
            assertThat(camera.server.httpTunnels().unpaired()).isEqualTo(1);
            assertThat(TunnelSockets.closedByServer(get)).as("closed within the socket timeout").isTrue();
        }
    }

    @Test
    void unpairedGetsAreLimited() throws Exception {
        int max = org.ptzcam.rtsp.tunnel.HttpTunnels.Limits.DEFAULT.maxUnpaired();
        Socket[] gets = new Socket[max];
        try {
            for (int i = 0; i < max; i++) {
                gets[i] = TunnelSockets.open(camera.server.port());
                TunnelSockets.write(gets[i], TunnelSockets.getHead(PATH, "many" + i));
                assertThat(TunnelSockets.readHead(gets[i])).startsWith("HTTP/1.0 200");
            }
            try (Socket one = TunnelSockets.open(camera.server.port())) {
                TunnelSockets.write(one, TunnelSockets.getHead(PATH, "oneTooMany"));
                assertThat(TunnelSockets.readHead(one)).startsWith("HTTP/1.0 503 ");
            }
        } finally {
            for (Socket s : gets) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    static DataInputStream in(Socket s) throws java.io.IOException {
        return new DataInputStream(s.getInputStream());
    }
}
