package org.ptzcam.http.video;

import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.CgiHandler;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.cgi.CgiReply;
import org.ptzcam.http.server.Replies;

/** {@code /axis-cgi/imagesize.cgi}: the size an image request with these arguments would have. */
public final class ImageSizeCgi extends CgiHandler {

    private final Settings settings;

    public ImageSizeCgi(Settings settings, CallerAccess access, int maxBodyBytes) {
        super(access, maxBodyBytes);
        this.settings = settings;
    }

    @Override
    protected CgiReply reply(CgiParams params, AccessLevel level) {
        try {
            VideoRequest r = VideoRequest.parse(params, settings.capture(), settings.streamDefaults().compression());
            return CgiReply.text("image width = " + r.resolution().width() + "\nimage height = "
                    + r.resolution().height() + "\n");
        } catch (VideoRequestException e) {
            return new CgiReply(400, Replies.TEXT, e.getMessage() + "\n");
        }
    }

    @Override
    protected CgiReply malformed(String problem) {
        return new CgiReply(400, Replies.TEXT, "Error: " + problem + "\n");
    }
}
