package org.ptzcam.visca.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ptzcam.visca.codec.ViscaCases;

/** A VISCA controller on a serial port: writes messages, collects what comes back cut at FF. */
final class SerialController implements AutoCloseable {
    static final int TIMEOUT_S = 20;

    private final SerialLine line;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean running = true;

    SerialController(String device) throws IOException {
        line = JSerialCommLine.open(device, 9600);
        reader = new Thread(() -> {
            SerialFramer framer = new SerialFramer();
            byte[] buf = new byte[256];
            try {
                while (running) {
                    int n = line.read(buf);
                    if (n < 0) {
                        return;
                    }
                    framer.feed(buf, n, m -> received.add(ViscaCases.hex(m)), () -> received.add("overflow"));
                }
            } catch (IOException e) {
                received.add("error " + e);
            }
        }, "test-serial-controller");
        reader.setDaemon(true);
        reader.start();
    }

    void send(String hex) throws IOException {
        line.write(ViscaCases.hex(hex));
    }

    /** The next message from the line (generous timeout: the machine may be loaded). */
    String next() throws InterruptedException {
        String m = received.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(m).as("a message within %d s", TIMEOUT_S).isNotNull();
        return m;
    }

    String exchange(String hex) throws IOException, InterruptedException {
        send(hex);
        return next();
    }

    boolean nothingWithin(long ms) throws InterruptedException {
        return received.poll(ms, TimeUnit.MILLISECONDS) == null;
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
