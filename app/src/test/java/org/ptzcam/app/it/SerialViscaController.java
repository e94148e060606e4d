package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ptzcam.visca.serial.JSerialCommLine;

/**
 * A VISCA controller on a serial port (jSerialComm, as a PC with an RS-232 adapter): writes
 * messages given as hex, collects what comes back cut at {@code FF}, as upper-case hex with spaces.
 */
final class SerialViscaController implements AutoCloseable {
    static final int TIMEOUT_S = 30;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final JSerialCommLine line;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean running = true;

    SerialViscaController(String device) throws IOException {
        line = JSerialCommLine.open(device, 9600);
        reader = Thread.ofPlatform().daemon().name("it-serial-controller").start(() -> {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            byte[] buf = new byte[256];
            try {
                while (running) {
                    int n = line.read(buf);
                    if (n < 0) {
                        return;
                    }
                    for (int i = 0; i < n; i++) {
                        message.write(buf[i]);
                        if ((buf[i] & 0xFF) == 0xFF) {
                            received.add(HEX.formatHex(message.toByteArray()));
                            message.reset();
                        }
                    }
                }
            } catch (IOException e) {
                received.add("error " + e);
            }
        });
    }

    void send(String hex) throws IOException {
        line.write(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** The next message from the line (generous timeout: the machine may be loaded). */
    String next() throws InterruptedException {
        String m = received.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(m).as("a message within %d s", TIMEOUT_S).isNotNull();
        return m;
    }

    /** The next message, or null when the line stays quiet for {@code ms}. */
    String poll(long ms) throws InterruptedException {
        return received.poll(ms, TimeUnit.MILLISECONDS);
    }

    String exchange(String hex) throws IOException, InterruptedException {
        send(hex);
        return next();
    }

    @Override
    public void close() {
        running = false;
        line.close();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
