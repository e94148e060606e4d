package org.ptzcam.bench.ptz;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.ptzcam.app.visca.PtzViscaCamera;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.visca.ViscaScale;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.ip.ViscaIpConfig;
import org.ptzcam.visca.ip.ViscaIpServer;

/**
 * The VISCA path of {@link CommandToFrame}: a raw-VISCA UDP controller sends an absolute pan-tilt at
 * full speed to the real {@link ViscaIpServer} + engine + {@link PtzViscaCamera} adapter on the
 * device's PTZ service, as the app wires them, and waits for ACK and completion.
 */
final class ViscaMove implements AutoCloseable {
    private final ViscaIpServer server;
    private final DatagramChannel client;

    private ViscaMove(ViscaIpServer server, DatagramChannel client) {
        this.server = server;
        this.client = client;
    }

    static ViscaMove open(DeviceModel device) throws IOException, InterruptedException {
        ViscaIpServer server = new ViscaIpServer(new ViscaEngine(new PtzViscaCamera(device.ptz(), device::settings,
                device.power(), "visca-ip")), new ViscaIpConfig("127.0.0.1", 0, 0, true), null);
        server.start();
        DatagramChannel client = DatagramChannel.open();
        client.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.rawPort()));
        client.socket().setSoTimeout(10_000);
        return new ViscaMove(server, client);
    }

    /** {@code 81 01 06 02 18 14 0Y0Y0Y0Y 0Z0Z0Z0Z FF}, then ACK {@code 90 4z FF} and completion {@code 90 5z FF}. */
    boolean moveTo(double panDeg) throws IOException {
        int pan = ViscaScale.panUnits(panDeg) & 0xFFFF;
        byte[] m = {(byte) 0x81, 0x01, 0x06, 0x02, 0x18, 0x14, (byte) (pan >> 12), (byte) ((pan >> 8) & 15),
                (byte) ((pan >> 4) & 15), (byte) (pan & 15), 0, 0, 0, 0, (byte) 0xFF};
        client.write(ByteBuffer.wrap(m));
        int ack = receive();
        int done = receive();
        return (ack & 0xF0) == 0x40 && (done & 0xF0) == 0x50;
    }

    /** The second byte of the next reply (4z ACK, 5z completion, 6z error). */
    private int receive() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        try {
            // a blocking channel ignores SO_TIMEOUT; the socket adaptor honours it
            java.net.DatagramPacket p = new java.net.DatagramPacket(b.array(), b.capacity());
            client.socket().receive(p);
            return b.array()[1] & 0xFF;
        } catch (SocketTimeoutException e) {
            throw new IOException("no VISCA reply within 10 s", e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
