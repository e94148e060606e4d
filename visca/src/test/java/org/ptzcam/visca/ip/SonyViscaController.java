package org.ptzcam.visca.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ptzcam.visca.codec.IpFrame;
import org.ptzcam.visca.codec.IpFrameDecoder;
import org.ptzcam.visca.codec.PayloadType;
import org.ptzcam.visca.codec.ReplyDecoder;
import org.ptzcam.visca.codec.ViscaReply;

/**
 * A controller that follows Sony's VISCA-over-IP text, as Companion's sony-visca module does:
 * RESET first, then sequence numbers 1, 2, 3 …, one message in flight, replies matched by their
 * echoed sequence number (a reply carrying another number fails the test), only {@code 0x90}
 * replies accepted, a timeout (2 s in Companion, generous here).
 */
public final class SonyViscaController implements AutoCloseable {
    public static final int TIMEOUT_MS = 10_000; // Companion waits 2 s; generous here so a loaded machine cannot fail the test
    /** Completions of slow moves may take this long. */
    public static final int MOVE_TIMEOUT_MS = 20_000;

    private final DatagramSocket socket;
    private final InetSocketAddress camera;
    private long seq;

    public SonyViscaController(InetSocketAddress camera) throws IOException {
        this.camera = camera;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(TIMEOUT_MS);
    }

    public long nextSequence() {
        return (seq + 1) & 0xFFFF_FFFFL;
    }

    public void setSequence(long next) {
        seq = (next - 1) & 0xFFFF_FFFFL;
    }

    /** The controller increments on every message and wraps to 0 after 0xFFFFFFFF. */
    private long advance() {
        seq = nextSequence();
        return seq;
    }

    /** RESET (sent with sequence 0, as Companion does) and expect its ACK; numbering restarts at 1. */
    public void reset() throws IOException {
        IpFrame reply = exchange(new IpFrame(PayloadType.CONTROL_COMMAND, 0, IpFrame.RESET));
        assertThat(reply).isEqualTo(new IpFrame(PayloadType.CONTROL_REPLY, 0, IpFrame.RESET));
        seq = 0;
    }

    /** An inquiry (0x0110); returns the answer's data after {@code 90 50}. */
    public ViscaReply inquiry(byte[] visca) throws IOException {
        return viscaReply(exchange(new IpFrame(PayloadType.VISCA_INQUIRY, advance(), visca)));
    }

    /**
     * A command (0x0100): returns the first reply (ACK or an error). The completion is read by
     * {@link #awaitCompletion}.
     */
    public ViscaReply command(byte[] visca) throws IOException {
        return viscaReply(exchange(new IpFrame(PayloadType.VISCA_COMMAND, advance(), visca)));
    }

    /** A command answered ACK then completion on the same socket, both with our number. */
    public void commandToCompletion(byte[] visca) throws IOException {
        ViscaReply first = command(visca);
        assertThat(first).isInstanceOf(ViscaReply.Ack.class);
        assertThat(awaitCompletion()).isEqualTo(new ViscaReply.Completion(((ViscaReply.Ack) first).socket()));
    }

    /** The next reply to the last command sent, waiting as long as a move may take. */
    public ViscaReply awaitCompletion() throws IOException {
        return viscaReply(receive(seq, MOVE_TIMEOUT_MS));
    }

    /** Sends any frame (also malformed ones built by hand) and returns the reply for its number. */
    public IpFrame exchange(IpFrame frame) throws IOException {
        send(frame.encode());
        return receive(frame.sequence(), TIMEOUT_MS);
    }

    public void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, camera));
    }

    /** Next datagram; fails on a timeout or on a reply carrying another sequence number. */
    public IpFrame receive(long expectedSeq, int timeoutMs) throws IOException {
        byte[] d = receiveRaw(timeoutMs);
        IpFrameDecoder.Result r = IpFrameDecoder.decode(d);
        assertThat(r).as("reply is a Sony frame").isInstanceOf(IpFrameDecoder.Frame.class);
        IpFrame f = ((IpFrameDecoder.Frame) r).frame();
        assertThat(f.sequence()).as("reply echoes the sequence number").isEqualTo(expectedSeq);
        return f;
    }

    public byte[] receiveRaw(int timeoutMs) throws IOException {
        socket.setSoTimeout(timeoutMs);
        byte[] buf = new byte[64];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no reply from the camera within " + timeoutMs + " ms", e);
        }
        assertThat(p.getSocketAddress()).as("reply comes from the camera's port").isEqualTo(camera);
        return Arrays.copyOf(buf, p.getLength());
    }

    /** True when nothing arrives within {@code ms}. */
    public boolean silentFor(int ms) throws IOException {
        socket.setSoTimeout(ms);
        try {
            socket.receive(new DatagramPacket(new byte[64], 64));
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private static ViscaReply viscaReply(IpFrame f) {
        assertThat(f.payloadType()).as("VISCA reply payload type").isEqualTo(PayloadType.VISCA_REPLY);
        byte[] p = f.payload();
        assertThat(p[0] & 0xFF).as("replies start 0x90 (Companion drops others)").isEqualTo(0x90);
        ReplyDecoder.Decoded d = ReplyDecoder.decode(p);
        assertThat(d).as("well-formed reply %s", f).isNotNull();
        return d.reply();
    }

    public static List<Integer> nibbles(ViscaReply reply) {
        ViscaReply.InquiryAnswer a = (ViscaReply.InquiryAnswer) reply;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            out.add(a.at(i));
        }
        return out;
    }

    /** Hex text (spaces allowed) as bytes, e.g. {@code "81 09 06 12 FF"}. */
    public static byte[] hex(String text) {
        return java.util.HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Override
    public void close() {
        socket.close();
    }
}
