package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.rtsp.server.RawClient.Response;

/**
 * Clients that mean harm or are broken: garbage datagrams on the RTP/RTCP ports, a connection
 * storm of silent and over-the-limit clients, a slowloris request. Each runs while one client
 * plays, and checks that this client's stream has no gap (every frame the encoder published
 * arrives, packets in sequence) and that the server counts what it refused.
 */
class HostileClientsTest {

    private static final String Q = "videocodec=h264&resolution=320x180&fps=15";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    TestCamera camera;

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    private TestCamera camera() throws Exception {
        camera = new TestCamera(dataDir, RtspServerConfig.defaults().withBind("127.0.0.1", 0).withMaxViewers(20)
                .withRequestTimeout(REQUEST_TIMEOUT));
        return camera;
    }

    /** One RTP packet as the playing client saw it. */
    record Rtp(int sequence, long timestamp, long arrivalNanos) {
        static Rtp parse(byte[] p) {
            return new Rtp(((p[2] & 0xff) << 8) | (p[3] & 0xff),
                    ((p[4] & 0xffL) << 24) | ((p[5] & 0xff) << 16) | ((p[6] & 0xff) << 8) | (p[7] & 0xff), System.nanoTime());
        }
    }

    /**
     * What the encoder published, seen by an in-process subscriber that drains at once: frames
     * the pipeline itself skipped (a starved capture thread on a loaded machine) are not the RTSP
     * server's doing, so the player is compared with this rather than with a fixed frame rate.
     */
    static final class Control implements AutoCloseable {
        final List<Long> pts = new CopyOnWriteArrayList<>();
        private final Subscription subscription;

        Control(TestCamera camera) throws RtspError {
            StreamChoice stream = StreamChoice.from(Map.of("videocodec", "h264", "resolution", "320x180", "fps", "15"),
                    camera.device.settings().capture(), 30, java.util.Optional.empty(), StreamProfiles.NONE, true);
            Subscription[] s = new Subscription[1];
            s[0] = camera.video.subscribe(stream.config(), () -> {
                synchronized (this) {
                    for (AccessUnit u; s[0] != null && (u = s[0].poll()) != null; ) {
                        pts.add(u.pts90k());
                        u.release();
                    }
                }
            });
            synchronized (this) {
                subscription = s[0];
            }
        }

        @Override
        public void close() {
            subscription.close();
        }
    }

    /**
     * Sequence numbers consecutive; every frame the encoder published while the player played
     * reached it (RTP timestamp = pts + the stream's random offset); no arrival gap over 2 s.
     */
    private static void assertNoGap(List<Rtp> rtp, Control control, long minPackets) {
        assertThat((long) rtp.size()).as("RTP packets received").isGreaterThanOrEqualTo(minPackets);
        List<Long> frames = new ArrayList<>();
        for (int i = 0; i < rtp.size(); i++) {
            Rtp b = rtp.get(i);
            if (i > 0) {
                Rtp a = rtp.get(i - 1);
                assertThat(b.sequence()).as("sequence after %d", a.sequence()).isEqualTo((a.sequence() + 1) & 0xffff);
                assertThat(b.arrivalNanos() - a.arrivalNanos()).as("arrival gap at packet %d (ns)", i)
                        .isLessThan(Duration.ofSeconds(2).toNanos());
            }
            if (frames.isEmpty() || frames.get(frames.size() - 1) != b.timestamp()) {
                frames.add(b.timestamp());
            }
        }
        List<Long> published = List.copyOf(control.pts);
        // the offset that maps the most published pts onto received timestamps
        Map<Long, Integer> votes = new java.util.HashMap<>();
        for (long ts : frames.subList(0, Math.min(10, frames.size()))) {
            for (long p : published) {
                votes.merge((ts - p) & 0xffffffffL, 1, Integer::sum);
            }
        }
        long offset = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Long> received = frames.stream().map(ts -> (ts - offset) & 0xffffffffL).toList();
        long first = received.get(0);
        long last = received.get(received.size() - 1);
        List<Long> expected = published.stream().map(p -> p & 0xffffffffL).filter(p -> p >= first && p <= last).toList();
        // the reference subscriber may itself skip under load (it is a hub consumer too), so the player
        // must have every frame the reference saw in that span, in order, and may have more
        assertThat(received).as("every published frame between the first and last received one")
                .containsSubsequence(expected);
    }

    /** A client playing over TCP on its own virtual thread, collecting RTP (channel 0). */
    private static final class Player implements AutoCloseable {
        final RawClient client;
        final List<Rtp> rtp = new CopyOnWriteArrayList<>();
        final Thread reader;
        volatile boolean recording;

        Player(TestCamera camera) throws IOException {
            client = new RawClient(camera.server.port());
            String url = camera.url(Q);
            Response setup = client.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            assertThat(setup.status()).isEqualTo(200);
            String id = setup.header("Session").split(";")[0];
            client.onFrame = f -> {
                if (recording && f.channel() == 0) {
                    rtp.add(Rtp.parse(f.data()));
                }
            };
            assertThat(client.request("PLAY", url + "/", "Session: " + id).status()).isEqualTo(200);
            client.awaitFrames(5);
            recording = true;
            reader = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        client.awaitFrames(client.framesSkipped + 1);
                    }
                } catch (IOException closed) {
                    // the test closed the socket
                }
            });
        }

        @Override
        public void close() throws Exception {
            recording = false;
            client.close();
            reader.join(5000);
        }
    }

    @Test
    void randomDatagramsOnBothUdpPortsAreCountedAndDoNotDisturbAPlayingUdpSession() throws Exception {
        camera();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (Control control = new Control(camera);
                DatagramSocket rtpSocket = new DatagramSocket(new InetSocketAddress(lo, 0));
                DatagramSocket attacker = new DatagramSocket(new InetSocketAddress(lo, 0));
                RawClient c = new RawClient(camera.server.port())) {
            rtpSocket.setReceiveBufferSize(4 << 20);
            List<Rtp> rtp = new CopyOnWriteArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[65536];
                while (!rtpSocket.isClosed()) {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    try {
                        rtpSocket.receive(p);
                        rtp.add(Rtp.parse(java.util.Arrays.copyOf(p.getData(), p.getLength())));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            String url = camera.url(Q);
            int port = rtpSocket.getLocalPort();
            Response setup = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP;unicast;client_port=" + port
                    + "-" + (port + 1));
            String id = setup.header("Session").split(";")[0];
            assertThat(c.request("PLAY", url, "Session: " + id).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> rtp.size() >= 5);
            rtp.clear();

            long datagramsBefore = camera.server.udpDatagramsReceived();
            long malformedBefore = camera.server.rtcpMalformed();
            Random random = new Random(42);
            InetSocketAddress serverRtp = new InetSocketAddress(lo, camera.server.rtpPort());
            InetSocketAddress serverRtcp = new InetSocketAddress(lo, camera.server.rtpPort() + 1);
            int sent = 0;
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < end) {
                for (int i = 0; i < 20; i++, sent++) {
                    byte[] junk = new byte[random.nextInt(1500)];
                    random.nextBytes(junk);
                    if (junk.length > 1 && random.nextBoolean()) {
                        junk[0] = (byte) 0x80; // looks like RTP/RTCP version 2, to get past the first check
                        junk[1] = (byte) (200 + random.nextInt(5));
                    }
                    attacker.send(new DatagramPacket(junk, junk.length, (sent & 1) == 0 ? serverRtp : serverRtcp));
                }
                Thread.sleep(5);
            }
            int total = sent;
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> camera.server.udpDatagramsReceived() - datagramsBefore >= total * 9L / 10);
            // loopback may drop some when the server's socket buffer is full; nothing else may be lost
            assertThat(camera.server.udpDatagramsReceived() - datagramsBefore).isLessThanOrEqualTo(total);
            assertThat(camera.server.rtcpMalformed() - malformedBefore).as("malformed RTCP counted")
                    .isGreaterThanOrEqualTo(total / 2 * 8L / 10);
            assertThat(camera.server.sessionCount()).isEqualTo(1);
            assertNoGap(List.copyOf(rtp), control, 30);
            assertThat(c.request("TEARDOWN", url, "Session: " + id).status()).isEqualTo(200);
            rtpSocket.close();
            reader.join(2000);
        }
    }

    @Test
    void connectionStormIsServedOrRefusedWhileAStreamPlaysOn() throws Exception {
        camera();
        Runtime.getRuntime().gc();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int silentCount = 150;
        int activeCount = 150;
        try (Control control = new Control(camera); Player player = new Player(camera);
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();
            List<Future<String>> silent = new ArrayList<>();
            List<Future<List<Integer>>> active = new ArrayList<>();
            long stormStart = System.nanoTime();
            for (int i = 0; i < silentCount + activeCount; i++) {
                if (i % 2 == 0) {
                    silent.add(pool.submit(() -> silentClient(open)));
                } else {
                    active.add(pool.submit(() -> activeClient(open)));
                }
                Thread.sleep(6); // 300 connections in about 2 s
            }
            List<Integer> setupStatuses = new ArrayList<>();
            for (Future<List<Integer>> f : active) {
                List<Integer> statuses = f.get();
                assertThat(statuses.subList(0, 2)).as("OPTIONS and DESCRIBE are served to all").containsExactly(200, 200);
                setupStatuses.add(statuses.get(2));
            }
            assertThat(setupStatuses.stream().filter(s -> s == 200).count()).as("SETUPs up to the viewer limit")
                    .isEqualTo(19);
            assertThat(setupStatuses.stream().filter(s -> s == 503).count()).as("503 beyond it").isEqualTo(activeCount - 19);
            for (Future<String> f : silent) {
                // each silent connection hears 408 and is closed, not before the timeout
                assertThat(f.get()).startsWith("RTSP/1.0 408 ");
            }
            long stormNanos = System.nanoTime() - stormStart;
            assertThat(camera.server.requestTimeouts()).isGreaterThanOrEqualTo(silentCount);
            assertThat(camera.server.sessionCount()).isEqualTo(20);
            for (Socket s : open) {
                s.close();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> camera.server.sessionCount() == 1);
            assertNoGap(List.copyOf(player.rtp), control, stormNanos / 1_000_000_000L * 5);
        }
        try (RawClient c = new RawClient(camera.server.port())) {
            assertThat(c.request("OPTIONS", "*").status()).as("still serving").isEqualTo(200);
        }
        Runtime.getRuntime().gc();
        long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        assertThat(heapAfter - heapBefore).as("heap kept after the storm").isLessThan(64L << 20);
    }

    /** Connects, sends nothing; returns what the server said before closing. */
    private String silentClient(ConcurrentLinkedQueue<Socket> open) throws IOException {
        try (Socket s = new Socket("127.0.0.1", camera.server.port())) {
            long connected = System.nanoTime();
            s.setSoTimeout(30_000);
            String said = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            long held = System.nanoTime() - connected;
            assertThat(held).as("closed after the request timeout, not before")
                    .isGreaterThanOrEqualTo(REQUEST_TIMEOUT.toNanos() - Duration.ofMillis(50).toNanos());
            return said;
        }
    }

    /** OPTIONS, DESCRIBE, SETUP (TCP) on its own connection, kept open; returns the three statuses. */
    private List<Integer> activeClient(ConcurrentLinkedQueue<Socket> open) throws IOException {
        RawClient c = new RawClient(camera.server.port());
        open.add(c.socket());
        String url = camera.url(Q);
        return List.of(c.request("OPTIONS", url).status(), c.request("DESCRIBE", url, "Accept: application/sdp").status(),
                c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1").status());
    }

    @Test
    void slowlorisGets408AfterTheRequestTimeoutWhileAStreamPlaysOn() throws Exception {
        camera();
        try (Control control = new Control(camera); Player player = new Player(camera);
                Socket s = new Socket("127.0.0.1", camera.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] request = "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: slow\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            long start = System.nanoTime();
            int sentBytes = 0;
            try {
                for (byte b : request) {
                    out.write(b);
                    out.flush();
                    sentBytes++;
                    Thread.sleep(1000); // one byte a second: never idle, never done
                    if (in.available() > 0) {
                        break;
                    }
                }
            } catch (IOException closed) {
                // the server closed while we were still sending
            }
            String said = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(said).startsWith("RTSP/1.0 408 ");
            assertThat(sentBytes).as("cut off long before the request was whole").isLessThan(request.length / 2);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(REQUEST_TIMEOUT.toNanos());
            assertThat(camera.server.requestTimeouts()).isEqualTo(1);
            assertNoGap(List.copyOf(player.rtp), control, 2 * 5);
        }
    }
}
