package org.ptzcam.rtsp.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal RTSP client on a plain socket: sends text, reads responses, counts interleaved frames. */
final class RawClient implements AutoCloseable {

    record Response(int status, String statusLine, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    /** One interleaved frame as received. */
    record Frame(int channel, byte[] data) {
    }

    private int cseq;
    /** Sees every interleaved frame read while waiting for a response or for frames. */
    java.util.function.Consumer<Frame> onFrame = f -> { };
    int framesSkipped;
    int rtpFramesOnChannel0;

    RawClient(int port) throws IOException {
        this(new Socket("127.0.0.1", port));
        socket.setSoTimeout(15_000);
    }

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Reads RTSP responses and frames from a connected socket (e.g. a tunnel's GET after its HTTP head). */
    static RawClient over(Socket socket) throws IOException {
        return new RawClient(socket);
    }

    Socket socket() {
        return socket;
    }

    /** A request with a text body (Content-Type text/parameters, as SET_PARAMETER carries). */
    Response requestWithBody(String method, String url, String body, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + url + " RTSP/1.0\r\nCSeq: " + (++cseq) + "\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        b.append("Content-Type: text/parameters\r\nContent-Length: ").append(bytes.length).append("\r\n\r\n").append(body);
        send(b.toString());
        return read();
    }

    Response request(String method, String url, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + url + " RTSP/1.0\r\nCSeq: " + (++cseq) + "\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("\r\n");
        send(b.toString());
        return read();
    }

    void send(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    Response read() throws IOException {
        String status;
        while (true) {
            int first = in.readUnsignedByte();
            if (first == '$') {
                int channel = in.readUnsignedByte();
                int len = in.readUnsignedShort();
                onFrame.accept(new Frame(channel, in.readNBytes(len)));
                framesSkipped++;
                if (channel == 0) {
                    rtpFramesOnChannel0++;
                }
                continue;
            }
            status = (char) first + line();
            break;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(); !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), l.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Response(Integer.parseInt(status.split(" ")[1]), status, headers,
                new String(body, StandardCharsets.UTF_8));
    }

    /** Reads interleaved frames until {@code n} arrived on any channel. */
    void awaitFrames(int n) throws IOException {
        while (framesSkipped < n) {
            int first = in.readUnsignedByte();
            if (first != '$') {
                throw new IOException("expected an interleaved frame, got byte " + first);
            }
            int channel = in.readUnsignedByte();
            onFrame.accept(new Frame(channel, in.readNBytes(in.readUnsignedShort())));
            framesSkipped++;
            if (channel == 0) {
                rtpFramesOnChannel0++;
            }
        }
    }

    /** Sends one interleaved frame ({@code '$'}, channel, length, bytes). */
    void sendFrame(int channel, byte[] data) throws IOException {
        byte[] f = new byte[4 + data.length];
        f[0] = '$';
        f[1] = (byte) channel;
        f[2] = (byte) (data.length >> 8);
        f[3] = (byte) data.length;
        System.arraycopy(data, 0, f, 4, data.length);
        out.write(f);
        out.flush();
    }

    /** True when the server closed the connection. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.readUnsignedByte()) != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
