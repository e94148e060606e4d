package org.ptzcam.http.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** One file of the first page, read once from the class path and served as is. */
public final class StaticResource extends Handler.Abstract {

    private final byte[] bytes;
    private final String contentType;

    public StaticResource(String resource, String contentType) {
        try (InputStream in = StaticResource.class.getResourceAsStream("/org/ptzcam/http/ui/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            this.bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        this.contentType = contentType;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' blob:");
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }
}
