package org.ptzcam.app.visca;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.ptz.Controller;
import org.ptzcam.device.ptz.PtzBusyException;
import org.ptzcam.device.ptz.PtzClock;
import org.ptzcam.device.ptz.PtzControl;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.ip.ViscaIpConfig;
import org.ptzcam.visca.ip.ViscaIpServer;

/**
 * Two VISCA-over-IP controllers (two UDP sources) are two controllers in the PTZ control queue, under
 * the rules a VAPIX user obeys: the holder keeps control, another operator is refused ("command not
 * executable") and waits, an administrator takes over at once, and after CtlTimeout the controller
 * that waited longest gets it. Real server, engine, adapter and PTZ service; the PTZ clock can
 * jump ahead so the timeout needs no waiting.
 */
class ViscaControllersTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final String RIGHT = "81 01 06 01 05 05 02 03 FF";
    private static final String LEFT = "81 01 06 01 05 05 01 03 FF";
    private static final String STOP = "81 01 06 01 05 05 03 03 FF";
    private static final String DONE = "90 41 FF|90 51 FF";
    private static final String REFUSED = "90 61 41 FF";

    @TempDir
    Path dir;

    private final JumpingClock clock = new JumpingClock();
    private DeviceModel device;
    private ViscaIpServer server;
    private DatagramSocket a;
    private DatagramSocket b;

    @BeforeEach
    void open() throws Exception {
        device = DeviceModel.open(dir, new BuildInfo("test", "2026-01-01T00:00:00Z"), Clock.systemUTC(), clock);
        device.settings().update(Map.of(PtzSettings.CONTROL_QUEUE, "true", PtzSettings.CONTROL_TIMEOUT, "10",
                PtzSettings.QUEUE_POLL_TIME, "600"));
        server = new ViscaIpServer(new ViscaEngine(new PtzViscaCamera(device.ptz(), device::settings, device.power(),
                "visca-ip")), new ViscaIpConfig("127.0.0.1", 0, 0, true), null);
        server.start();
        a = controller();
        b = controller();
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        server.close();
        device.close();
    }

    @Test
    void twoSourcesAreTwoControllersWithTheQueuesPriorityAndTimeout() throws Exception {
        assertThat(send(a, RIGHT)).as("A takes control").isEqualTo(DONE);
        assertThat(send(b, LEFT)).as("B, another operator, must wait").isEqualTo(REFUSED);
        assertThat(send(a, STOP)).as("A keeps control").isEqualTo(DONE);
        assertThat(send(a, "81 09 04 00 FF")).as("inquiries are not queued").isEqualTo("90 50 02 FF");

        PtzControl admin = device.ptz().control(new Controller("root", AccessLevel.ADMIN));
        admin.stop(); // an administrator (e.g. VAPIX) takes over at once
        assertThat(send(a, RIGHT)).as("A is now refused too").isEqualTo(REFUSED);

        clock.jump(11); // the administrator idle longer than CtlTimeout
        assertThat(send(a, RIGHT)).as("B waited longer than A").isEqualTo(REFUSED);
        assertThat(send(b, LEFT)).as("B gets control").isEqualTo(DONE);
        try {
            device.ptz().control(new Controller("visca-ip:" + source(a), AccessLevel.OPERATOR)).stop();
            throw new AssertionError("A's control-queue identity should be refused while B holds control");
        } catch (PtzBusyException expected) {
            // the queue knows A by its source address and port
        }
        clock.jump(11);
        assertThat(send(a, STOP)).as("B idle past the timeout: A's turn").isEqualTo(DONE);
    }

    private static DatagramSocket controller() throws Exception {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        s.setSoTimeout(5000);
        return s;
    }

    private static String source(DatagramSocket s) {
        return s.getLocalAddress().getHostAddress() + ":" + s.getLocalPort();
    }

    /** Sends one raw VISCA message and returns the replies, '|'-separated (ACK and completion, or the error). */
    private String send(DatagramSocket from, String hex) throws Exception {
        byte[] m = HEX.parseHex(hex);
        from.send(new DatagramPacket(m, m.length, InetAddress.getLoopbackAddress(), server.rawPort()));
        String first = receive(from);
        if (!first.startsWith("90 4")) {
            return first;
        }
        return first + "|" + receive(from);
    }

    private static String receive(DatagramSocket s) throws Exception {
        DatagramPacket p = new DatagramPacket(new byte[32], 32);
        s.receive(p);
        return HEX.formatHex(p.getData(), 0, p.getLength());
    }

    /** System time plus an offset the test can jump forward; delayed tasks honour the jump. */
    private static final class JumpingClock implements PtzClock {
        private volatile long offset;

        @Override
        public long nanoTime() {
            return System.nanoTime() + offset;
        }

        @Override
        public void runAt(long atNanos, Runnable task) {
            CompletableFuture.delayedExecutor(Math.max(0, atNanos - nanoTime()), TimeUnit.NANOSECONDS).execute(task);
        }

        void jump(double seconds) {
            offset += (long) (seconds * 1e9);
        }
    }
}
