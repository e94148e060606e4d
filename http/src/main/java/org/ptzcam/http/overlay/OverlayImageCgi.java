package org.ptzcam.http.overlay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.overlay.OverlayException;
import org.ptzcam.device.overlay.OverlayImageFile;
import org.ptzcam.device.overlay.OverlayImages;
import org.ptzcam.device.overlay.Overlays;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Manage images": {@code /axis-cgi/uploadoverlayimage.cgi}. vapix.md names no upload endpoint, so
 * this follows the Axis web UI's shape: {@code POST} multipart/form-data with one file part
 * uploads (PNG or BMP, at most {@link OverlayImages#MAX_FILE_BYTES} bytes, no larger than the
 * capture size); {@code action=list} lists; {@code action=remove&name=N} deletes an unused image.
 * Replies are JSON: {@code {"data":…}} with 200, or {@code {"error":{"message":…}}} with 400
 * (bad image or name), 404 (no such image), 413 (too large) or 403 (not an operator). A refused
 * upload stores nothing.
 */
public final class OverlayImageCgi extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(OverlayImageCgi.class);
    /** The file plus multipart headers. */
    static final int MAX_BODY_BYTES = OverlayImages.MAX_FILE_BYTES + 16 * 1024;

    private final ObjectMapper json;
    private final Overlays overlays;
    private final CallerAccess access;
    private final Supplier<int[]> maxSize;

    /** @param maxSize the largest stream (capture mode) size, {width, height} */
    public OverlayImageCgi(ObjectMapper json, Overlays overlays, CallerAccess access, Supplier<int[]> maxSize) {
        this.json = json;
        this.overlays = overlays;
        this.access = access;
        this.maxSize = maxSize;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        AccessLevel level = access.levelOf(request);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String boundary = MultipartForm.boundary(contentType);
        try {
            if (HttpMethod.POST.is(request.getMethod()) && boundary != null) {
                require(level, AccessLevel.OPERATOR);
                upload(request, boundary, response, callback);
                return true;
            }
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(),
                    Replies.readBody(request, 8192));
            String action = params.first("action").orElse(null);
            if ("list".equals(action) || action == null) {
                require(level, AccessLevel.VIEWER);
                ArrayNode files = json.createArrayNode();
                for (OverlayImageFile f : overlays.images().list()) {
                    files.addObject().put("name", f.name()).put("width", f.width()).put("height", f.height())
                            .put("bytes", f.bytes());
                }
                ObjectNode data = json.createObjectNode();
                data.set("images", files);
                data.put("maxFileBytes", OverlayImages.MAX_FILE_BYTES);
                ok(response, callback, data);
            } else if ("remove".equals(action)) {
                require(level, AccessLevel.OPERATOR);
                overlays.deleteImage(params.first("name").orElse(null));
                ok(response, callback, json.createObjectNode());
            } else {
                fail(response, callback, 400, "unknown action '" + action + "' (list, remove, or POST a file)");
            }
        } catch (Forbidden e) {
            fail(response, callback, 403, e.getMessage());
        } catch (OverlayException e) {
            int status = e.reason() == OverlayException.Reason.NOT_FOUND ? 404
                    : e.reason() == OverlayException.Reason.INTERNAL ? 500 : 400;
            fail(response, callback, status, e.getMessage());
        } catch (Replies.BodyTooLargeException e) {
            fail(response, callback, 413, "image larger than " + OverlayImages.MAX_FILE_BYTES + " bytes");
        } catch (IllegalArgumentException e) {
            fail(response, callback, 400, "malformed request: " + e.getMessage());
        }
        return true;
    }

    private void upload(Request request, String boundary, Response response, Callback callback)
            throws IOException, OverlayException {
        byte[] body = readBytes(request);
        List<MultipartForm.Part> parts = MultipartForm.parse(body, boundary);
        MultipartForm.Part file = parts.stream().filter(p -> p.fileName() != null).findFirst()
                .orElseThrow(() -> new OverlayException(OverlayException.Reason.MISSING, "file",
                        "no file part in the upload"));
        if (file.data().length > OverlayImages.MAX_FILE_BYTES) {
            throw new Replies.BodyTooLargeException(OverlayImages.MAX_FILE_BYTES);
        }
        int[] size = maxSize.get();
        OverlayImageFile stored = overlays.images().store(file.fileName(), file.data(), size[0], size[1]);
        ObjectNode data = json.createObjectNode();
        data.put("name", stored.name()).put("width", stored.width()).put("height", stored.height())
                .put("bytes", stored.bytes());
        ok(response, callback, data);
    }

    private static byte[] readBytes(Request request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw new Replies.BodyTooLargeException(MAX_BODY_BYTES);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new Replies.BodyTooLargeException(MAX_BODY_BYTES);
            }
            return bytes;
        }
    }

    private static final class Forbidden extends Exception {
        Forbidden(String message) {
            super(message);
        }
    }

    private static void require(AccessLevel level, AccessLevel needed) throws Forbidden {
        if (!level.allows(needed)) {
            throw new Forbidden("needs " + needed);
        }
    }

    private void ok(Response response, Callback callback, ObjectNode data) throws IOException {
        ObjectNode reply = json.createObjectNode();
        reply.set("data", data);
        Replies.send(response, callback, 200, Replies.JSON, json.writeValueAsString(reply));
    }

    private void fail(Response response, Callback callback, int status, String message) throws IOException {
        log.info("overlay image request refused ({}): {}", status, message);
        ObjectNode reply = json.createObjectNode();
        reply.putObject("error").put("message", message);
        Replies.send(response, callback, status, Replies.JSON, json.writeValueAsString(reply));
    }
}
