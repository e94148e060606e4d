package org.ptzcam.rtsp.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A hand-driven HTTP tunnel client on plain sockets: one GET whose stream is read like an RTSP
 * connection ({@link RawClient}-style), and POSTs that carry base64 requests.
 */
final class TunnelSockets {

    private TunnelSockets() {
    }

    static Socket open(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(15_000);
        return s;
    }

    static String getHead(String path, String cookie) {
        return "GET " + path + " HTTP/1.0\r\nx-sessioncookie: " + cookie + "\r\nAccept: application/x-rtsp-tunnelled\r\n"
                + "Pragma: no-cache\r\nCache-Control: no-cache\r\n\r\n";
    }

    static String postHead(String path, String cookie) {
        return "POST " + path + " HTTP/1.0\r\nx-sessioncookie: " + cookie + "\r\nContent-Type: application/x-rtsp-tunnelled\r\n"
                + "Pragma: no-cache\r\nCache-Control: no-cache\r\nContent-Length: 32767\r\n"
                + "Expires: Sun, 9 Jan 1972 00:00:00 GMT\r\n\r\n";
    }

    static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static String base64(String request) {
        return Base64.getEncoder().encodeToString(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads an HTTP head (through the empty line) from the socket. */
    static String readHead(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.readUnsignedByte();
            b.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
                    : c == '\r' ? 1 : 0;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads until the server closes (true) or nothing comes for the socket timeout (false). */
    static boolean closedByServer(Socket s) {
        try {
            byte[] buf = new byte[8192];
            while (true) {
                if (s.getInputStream().read(buf) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    static String request(String method, String url, int cseq, String... headers) {
        StringBuilder b = new StringBuilder(method + " " + url + " RTSP/1.0\r\nCSeq: " + cseq + "\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return b.append("\r\n").toString();
    }
}
