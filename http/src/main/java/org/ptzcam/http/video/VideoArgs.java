package org.ptzcam.http.video;

import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.streamprofile.StreamProfiles;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.server.Replies;

/**
 * Reads the image arguments of a video CGI, resolves them (Stream tab ← {@code streamprofile=} ←
 * URL, in URL order) and validates the result, answering 400 itself when they are bad.
 */
final class VideoArgs {

    private VideoArgs() {
    }

    /** The validated request, or null after a 400 reply has been sent. */
    static VideoRequest parseOrReject(Request request, Response response, Callback callback, Settings settings,
            StreamProfiles profiles, int maxBodyBytes) throws IOException {
        try {
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(), Replies.readBody(request, maxBodyBytes));
            Map<String, String> effective = profiles.resolveOrdered(params.entries());
            List<Map.Entry<String, String>> entries = effective.entrySet().stream()
                    .<Map.Entry<String, String>>map(e -> new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()))
                    .toList();
            return VideoRequest.parse(new CgiParams(entries), settings.capture(),
                    settings.streamDefaults().compression());
        } catch (VideoRequestException e) {
            Replies.send(response, callback, 400, Replies.TEXT, e.getMessage() + "\n");
        } catch (IllegalArgumentException | Replies.BodyTooLargeException e) {
            Replies.send(response, callback, 400, Replies.TEXT, "Error: malformed arguments\n");
        }
        return null;
    }
}
