package org.ptzcam.http.video;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.streamprofile.StreamProfiles;
import org.ptzcam.http.server.Replies;
import org.ptzcam.media.hub.AccessUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /axis-cgi/jpg/image.cgi}: one JPEG with Content-Length (vapix.md §6). */
public final class SnapshotCgi extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCgi.class);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Settings settings;
    private final StreamProfiles profiles;
    private final LiveVideo video;
    private final int maxBodyBytes;

    public SnapshotCgi(Settings settings, StreamProfiles profiles, LiveVideo video, int maxBodyBytes) {
        this.settings = settings;
        this.profiles = profiles;
        this.video = video;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        VideoRequest r = VideoArgs.parseOrReject(request, response, callback, settings, profiles, maxBodyBytes);
        if (r == null) {
            return true;
        }
        AccessUnit jpeg = video.pipeline().snapshot(StreamConfigs.mjpeg(r, settings.capture()), TIMEOUT);
        if (jpeg == null) {
            log.warn("no picture within {} for {}", TIMEOUT, request.getHttpURI());
            Replies.send(response, callback, 503, Replies.TEXT, "Error: no image available, try again\n");
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/jpeg");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, jpeg.size());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        ByteBuffer body = jpeg.payload();
        response.write(true, body, Callback.from(() -> {
            jpeg.release();
            callback.succeeded();
        }, failure -> {
            jpeg.release();
            callback.failed(failure);
        }));
        return true;
    }
}
