package org.ptzcam.http.video;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.streamprofile.StreamProfiles;
import org.ptzcam.media.hub.Subscription;

/**
 * {@code /axis-cgi/mjpg/video.cgi}: live MJPEG as multipart/x-mixed-replace, Content-Length per
 * part, until the client leaves or {@code duration}/{@code nbrofframes} is reached (vapix.md §6).
 */
public final class MjpegCgi extends Handler.Abstract {

    private final Settings settings;
    private final StreamProfiles profiles;
    private final LiveVideo video;
    private final int maxBodyBytes;

    public MjpegCgi(Settings settings, StreamProfiles profiles, LiveVideo video, int maxBodyBytes) {
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
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                "multipart/x-mixed-replace; boundary=" + StreamingResponse.BOUNDARY);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
        StreamingResponse stream = new StreamingResponse(response, callback, StreamingResponse.MJPEG, r.nbrOfFrames(),
                r.duration());
        Subscription s = video.pipeline().subscribe(StreamConfigs.mjpegStream(r, settings.capture()), stream);
        stream.attach(s);
        return true;
    }
}
