package org.ptzcam.http.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoDecoder;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.h264.H264Depayloader;

/**
 * RTSP over WebSocket as the Axis browser player (media-stream-library) speaks it: subprotocol
 * {@code binary}, requests as binary messages, and from the server one RTSP response per message
 * (the library takes the rest of a message after a response head as its body) or runs of
 * {@code $} frames. A JDK WebSocket client plays H.264; our depayloader and FFmpeg's decoder turn
 * the RTP into pictures.
 */
class RtspOverWebSocketTest {

    @TempDir
    static Path dataDir;

    static RtspCamera camera;

    @BeforeAll
    static void start() throws Exception {
        camera = new RtspCamera(dataDir);
    }

    @AfterAll
    static void stop() {
        camera.close();
    }

    @AfterEach
    void nothingLeaks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(camera.rtsp.tunnelCount()).as("tunnelled RTSP connections").isZero();
            assertThat(camera.rtsp.sessionCount()).as("sessions").isZero();
        });
    }

    /** Collects whole binary messages. */
    static final class Messages implements WebSocket.Listener {
        final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        volatile int closeCode = -1;

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            partial.writeBytes(b);
            if (last) {
                queue.add(partial.toByteArray());
                partial.reset();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeCode = statusCode;
            return null;
        }

        byte[] next() throws InterruptedException {
            byte[] m = queue.poll(15, TimeUnit.SECONDS);
            assertThat(m).as("a message within 15 s").isNotNull();
            return m;
        }
    }

    private static WebSocket open(Messages messages, String query) {
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("binary")
                .buildAsync(URI.create("ws://127.0.0.1:" + camera.http.httpPort() + "/rtsp-over-websocket" + query),
                        messages).join();
        assertThat(ws.getSubprotocol()).isEqualTo("binary");
        return ws;
    }

    private static void send(WebSocket ws, String request) {
        ws.sendBinary(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)), true).join();
    }

    /** The next message, which must be exactly one RTSP response (head plus Content-Length body). */
    private static String response(Messages m) throws InterruptedException {
        while (true) {
            byte[] msg = m.next();
            if (msg[0] == '$') {
                continue; // frames of an earlier PLAY
            }
            String text = new String(msg, StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n") + 4;
            Matcher len = Pattern.compile("(?i)Content-Length: (\\d+)").matcher(text.substring(0, headEnd));
            int body = len.find() ? Integer.parseInt(len.group(1)) : 0;
            assertThat(msg.length).as("one response per message: %s", text).isEqualTo(headEnd + body);
            return text;
        }
    }

    @Test
    void anRtspwssessionTokenLogsTheSocketInOnceOnly(@TempDir Path ownDir) throws Exception {
        // a camera of its own: once an administrator exists, preview mode is over for every test
        try (RtspCamera cam = new RtspCamera(ownDir)) {
            cam.device.credentials().accounts().createFirstAdmin("root", "rootpw", org.ptzcam.device.AccessLevel.ADMIN,
                    true, "");
            cam.device.settings().update(java.util.Map.of(
                    org.ptzcam.device.settings.SecuritySettings.BASIC_OVER_HTTP, "yes"));
            String ws = "ws://127.0.0.1:" + cam.http.httpPort() + "/rtsp-over-websocket";
            String describe = "DESCRIBE rtsp://127.0.0.1/axis-media/media.amp?videocodec=h264 RTSP/1.0\r\nCSeq: 1\r\n\r\n";
            // no token: the RTSP inside must log in, as on the RTSP port
            Messages plain = new Messages();
            WebSocket s1 = openAt(plain, ws);
            send(s1, describe);
            assertThat(response(plain)).startsWith("RTSP/1.0 401");
            s1.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
            // a token from rtspwssession.cgi, issued to a logged-in caller (Basic, allowed on HTTP here)
            String token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + cam.http.httpPort() + "/axis-cgi/rtspwssession.cgi")).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString("root:rootpw".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString()).body().strip();
            assertThat(token).isNotEmpty();
            Messages authed = new Messages();
            WebSocket s2 = openAt(authed, ws + "?rtspwssession=" + token);
            send(s2, describe);
            assertThat(response(authed)).startsWith("RTSP/1.0 200").contains("m=video");
            s2.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
            // spent: the same token again is refused at the upgrade with 401
            assertThatThrownBy(() -> openAt(new Messages(), ws + "?rtspwssession=" + token))
                    .hasStackTraceContaining("401");
        }
    }

    private static WebSocket openAt(Messages messages, String uri) {
        return HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("binary")
                .buildAsync(URI.create(uri), messages).join();
    }

    @Test
    void playsH264ThatDepayloadsAndDecodes() throws Exception {
        Played played = play("videocodec=h264&resolution=640x360&fps=15");
        assertThat(played.pictures()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(played.pictures().get(0).width()).isEqualTo(640);
        assertThat(played.pictures().get(0).height()).isEqualTo(360);
    }

    @Test
    void theWebClientGetsNoBFramesEvenWhenZipstreamOptimizesForStorage() throws Exception {
        // over RTSP a storage-profile H.264 stream has B-frames, whose RTP timestamps go back in
        // sending (decoding) order; the web client's stays in presentation order
        Played played = play("videocodec=h264&resolution=640x360&fps=15&videozprofile=storage&videozstrength=30&h264profile=high");
        assertThat(played.pictures()).hasSizeGreaterThanOrEqualTo(30);
        List<Long> times = played.timestamps();
        for (int i = 1; i < times.size(); i++) {
            long step = (times.get(i) - times.get(i - 1)) & 0xffffffffL; // 32-bit RTP time may wrap
            assertThat(step).as("access unit %d after %d", i, i - 1).isBetween(1L, 1L << 31);
        }
    }

    /** What a play of 30 pictures brought: the decoded pictures and each access unit's RTP timestamp. */
    private record Played(List<YuvFrame> pictures, List<Long> timestamps) {
    }

    /** OPTIONS, DESCRIBE (split over two messages), SETUP, PLAY until 30 pictures decode, TEARDOWN. */
    private static Played play(String query) throws Exception {
        Messages m = new Messages();
        WebSocket ws = open(m, "");
        // the player's URL: the camera's host, no port, the media.amp query
        String url = "rtsp://127.0.0.1/axis-media/media.amp?" + query;
        send(ws, "OPTIONS " + url + " RTSP/1.0\r\nCSeq: 1\r\n\r\n");
        assertThat(response(m)).startsWith("RTSP/1.0 200").contains("Public: ");
        // a request split over two messages
        String describe = "DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 2\r\nAccept: application/sdp\r\n\r\n";
        send(ws, describe.substring(0, 20));
        send(ws, describe.substring(20));
        String sdp = response(m);
        assertThat(sdp).startsWith("RTSP/1.0 200").contains("Content-Type: application/sdp").contains("H264/90000");
        Matcher base = Pattern.compile("Content-Base: (\\S+)").matcher(sdp);
        assertThat(base.find()).isTrue();
        send(ws, "SETUP " + base.group(1) + "trackID=1 RTSP/1.0\r\nCSeq: 3\r\nBlocksize: 64000\r\n"
                + "Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
        String setup = response(m);
        assertThat(setup).startsWith("RTSP/1.0 200").contains("interleaved=0-1");
        Matcher session = Pattern.compile("Session: ([^;\\r]+)").matcher(setup);
        assertThat(session.find()).isTrue();
        send(ws, "PLAY " + url + " RTSP/1.0\r\nCSeq: 4\r\nSession: " + session.group(1) + "\r\n\r\n");
        assertThat(response(m)).startsWith("RTSP/1.0 200").contains("RTP-Info: ");

        H264Depayloader depay = new H264Depayloader();
        List<YuvFrame> pictures = new ArrayList<>();
        List<Long> timestamps = new ArrayList<>();
        try (VideoDecoder decoder = VideoDecoder.open(VideoCodec.H264)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pictures.size() < 30 && System.nanoTime() < deadline) {
                byte[] msg = m.next();
                assertThat(msg[0]).as("after PLAY only interleaved frames").isEqualTo((byte) '$');
                int at = 0;
                while (at < msg.length) {
                    assertThat(msg[at]).isEqualTo((byte) '$');
                    int channel = msg[at + 1] & 0xff;
                    int length = ((msg[at + 2] & 0xff) << 8) | (msg[at + 3] & 0xff);
                    if (channel == 0) {
                        RtpPacket p = RtpPacket.parse(Unpooled.wrappedBuffer(msg, at + 4, length));
                        Optional<byte[]> unit = depay.depayload(p);
                        if (unit.isPresent()) {
                            timestamps.add(p.timestamp());
                            pictures.addAll(decoder.decode(new EncodedPacket(VideoCodec.H264, unit.get(), p.timestamp(),
                                    false)));
                        }
                    }
                    at += 4 + length;
                }
                assertThat(at).as("frames end at the message end").isEqualTo(msg.length);
            }
        }
        send(ws, "TEARDOWN " + url + " RTSP/1.0\r\nCSeq: 5\r\nSession: " + session.group(1) + "\r\n\r\n");
        assertThat(response(m)).startsWith("RTSP/1.0 200");
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        return new Played(pictures, timestamps);
    }

    @Test
    void textMessagesAndGarbageCloseTheSocket() throws Exception {
        Messages m = new Messages();
        WebSocket ws = open(m, "");
        ws.sendText("OPTIONS * RTSP/1.0", true).join();
        await().atMost(Duration.ofSeconds(15)).until(() -> m.closeCode == 1003);

        Messages m2 = new Messages();
        WebSocket ws2 = open(m2, "");
        send(ws2, "\u0001\u0002 garbage\r\n\r\n");
        assertThat(response(m2)).startsWith("RTSP/1.0 400");
        await().atMost(Duration.ofSeconds(15)).until(() -> m2.closeCode == 1000);
    }
}
