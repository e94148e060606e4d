package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;

/**
 * A tunnel whose transport stops taking bytes: the RTSP side keeps at most one batch with the
 * endpoint and no more than its write-buffer high mark (2 MiB) waiting, however long the client
 * stalls; once the transport takes bytes again the stream goes on.
 */
class TunnelBackpressureTest {

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

    /** Takes batches only while flowing; otherwise holds them unacknowledged. */
    static final class StallingEndpoint implements TunnelEndpoint {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final Deque<Runnable> held = new ArrayDeque<>();
        volatile boolean flowing = true;
        volatile int outstanding;
        volatile int maxOutstanding;

        @Override
        public InetSocketAddress localAddress() {
            return new InetSocketAddress("127.0.0.1", 80);
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 40000);
        }

        @Override
        public synchronized void send(ByteBuf data, Runnable written) {
            byte[] b = new byte[data.readableBytes()];
            data.readBytes(b);
            data.release();
            received.writeBytes(b);
            outstanding++;
            maxOutstanding = Math.max(maxOutstanding, outstanding);
            if (flowing) {
                outstanding--;
                written.run();
            } else {
                held.add(written);
            }
        }

        synchronized void resume() {
            flowing = true;
            while (!held.isEmpty()) {
                outstanding--;
                held.poll().run();
            }
        }

        synchronized String text() {
            return received.toString(StandardCharsets.ISO_8859_1);
        }

        synchronized int size() {
            return received.size();
        }

        @Override
        public void close() {
        }
    }

    private static void send(Tunnel t, String request) {
        t.receive(Unpooled.copiedBuffer(request, StandardCharsets.US_ASCII), () -> { });
    }

    @Test
    void aStalledTransportHoldsOneBatchAndTheBufferStopsAtItsHighMark() {
        StallingEndpoint endpoint = new StallingEndpoint();
        Tunnel tunnel = camera.server.attach(endpoint);
        String url = camera.url("videocodec=jpeg&resolution=640x360&fps=15&compression=0");
        send(tunnel, "SETUP " + url + "/trackID=1 RTSP/1.0\r\nCSeq: 1\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
        await().atMost(Duration.ofSeconds(15)).until(() -> endpoint.text().contains("Session: "));
        Matcher session = Pattern.compile("Session: ([^;\\r]+)").matcher(endpoint.text());
        assertThat(session.find()).isTrue();
        send(tunnel, "PLAY " + url + " RTSP/1.0\r\nCSeq: 2\r\nSession: " + session.group(1) + "\r\n\r\n");
        await().atMost(Duration.ofSeconds(15)).until(() -> endpoint.size() > 200_000);

        endpoint.flowing = false;
        // compression=0: the largest JPEGs, so the 2 MiB mark is reached within a few seconds
        await().atMost(Duration.ofSeconds(30)).until(() -> camera.server.tunnelPendingBytes() > 1_000_000);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> camera.server.tunnelPendingBytes() <= (2 << 20) + TunnelChannel.BATCH);
        assertThat(endpoint.maxOutstanding).as("batches with the endpoint at once").isEqualTo(1);

        int before = endpoint.size();
        endpoint.resume();
        await().atMost(Duration.ofSeconds(15)).until(() -> endpoint.size() > before + 3_000_000);
        tunnel.close();
        await().atMost(Duration.ofSeconds(15)).until(() -> camera.server.sessionCount() == 0
                && camera.server.tunnelCount() == 0);
    }
}
