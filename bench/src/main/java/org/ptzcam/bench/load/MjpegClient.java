package org.ptzcam.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately cheap MJPEG viewer: one plain-HTTP GET on a raw socket, then it reads and throws
 * the bytes away, counting them and the {@code --myboundary} part separators. No parsing, no
 * decoding, so the load it puts on the camera is the camera's own work of serving a stream.
 * Runs on a virtual thread until {@link #close()}.
 */
final class MjpegClient implements AutoCloseable {

    private static final byte[] BOUNDARY = "--myboundary".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket = new Socket();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong parts = new AtomicLong();
    private final Thread reader;
    private volatile String failure;

    MjpegClient(int port, String pathAndQuery) throws IOException {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        reader = Thread.ofVirtual().name("mjpeg-client").start(this::drain);
    }

    private void drain() {
        byte[] buf = new byte[64 * 1024];
        int matched = 0;   // bytes of BOUNDARY matched so far, carried across reads
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.addAndGet(n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == BOUNDARY[matched]) {
                        if (++matched == BOUNDARY.length) {
                            parts.incrementAndGet();
                            matched = 0;
                        }
                    } else {
                        // "--myboundary": after a mismatch only a '-' can start a new match ("---" keeps "--")
                        matched = buf[i] != '-' ? 0 : matched == 2 ? 2 : 1;
                    }
                }
            }
            if (!socket.isClosed()) {
                failure = "server closed the stream";
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                failure = e.toString();
            }
        }
    }

    long parts() {
        return parts.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** Why the stream ended early, or null while it runs. */
    String failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
