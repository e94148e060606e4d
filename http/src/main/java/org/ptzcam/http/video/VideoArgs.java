package org.ptzcam.http.video;

import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.server.Replies;

/** Reads and validates the image arguments of a video CGI, answering 400 itself when they are bad. */
final class VideoArgs {

    private VideoArgs() {
    }

    /** The validated request, or null after a 400 reply has been sent. */
    static VideoRequest parseOrReject(Request request, Response response, Callback callback, Settings settings,
            int maxBodyBytes) throws IOException {
        try {
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(), Replies.readBody(request, maxBodyBytes));
            return VideoRequest.parse(params, settings.capture(), settings.streamDefaults().compression());
        } catch (VideoRequestException e) {
            Replies.send(response, callback, 400, Replies.TEXT, e.getMessage() + "\n");
        } catch (IllegalArgumentException | Replies.BodyTooLargeException e) {
            Replies.send(response, callback, 400, Replies.TEXT, "Error: malformed arguments\n");
        }
        return null;
    }
}
