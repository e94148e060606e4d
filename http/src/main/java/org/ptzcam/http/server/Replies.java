package org.ptzcam.http.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small helpers to read request bodies with a limit and to write complete replies. */
public final class Replies {

    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";

    private Replies() {
    }

    /** Thrown when a request body exceeds the configured limit. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException(int limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    /** Reads the whole body as UTF-8, refusing bodies longer than {@code maxBytes}. */
    public static String readBody(Request request, int maxBytes) throws IOException {
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Writes a complete reply with Content-Length. */
    public static void send(Response response, Callback callback, int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** The plain 404 VAPIX clients rely on to learn that an endpoint is not implemented. */
    public static void notFound(Response response, Callback callback) {
        send(response, callback, 404, TEXT, "404 Not Found\n");
    }
}
