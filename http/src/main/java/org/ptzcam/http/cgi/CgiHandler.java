package org.ptzcam.http.cgi;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the urlencoded VAPIX CGIs: reads query and body (limited), resolves the caller's level
 * and writes the subclass's reply. Malformed input is answered in the CGI's own error form.
 */
public abstract class CgiHandler extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(CgiHandler.class);

    private final CallerAccess access;
    private final int maxBodyBytes;

    protected CgiHandler(CallerAccess access, int maxBodyBytes) {
        this.access = access;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Computes the reply; runs on a request thread. */
    protected abstract CgiReply reply(CgiParams params, AccessLevel level);

    /** As {@link #reply(CgiParams, AccessLevel)}, for CGIs that need the request (e.g. the caller's address). */
    protected CgiReply reply(Request request, CgiParams params, AccessLevel level) {
        return reply(params, level);
    }

    /** The reply for arguments that cannot even be parsed, in this CGI's error form. */
    protected abstract CgiReply malformed(String problem);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        CgiReply reply;
        try {
            String body = Replies.readBody(request, maxBodyBytes);
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(), body);
            reply = reply(request, params, access.levelOf(request));
        } catch (Replies.BodyTooLargeException e) {
            log.warn("{} {}: {}", request.getMethod(), Request.getPathInContext(request), e.getMessage());
            reply = malformed(e.getMessage());
        } catch (IllegalArgumentException e) {
            log.warn("{} {}: malformed arguments: {}", request.getMethod(), Request.getPathInContext(request),
                    e.getMessage());
            reply = malformed("malformed arguments");
        }
        beforeSend(request, response, reply);
        Replies.send(response, callback, reply.status(), reply.contentType(), reply.body());
        return true;
    }

    /** Last chance to add headers (e.g. challenges on a 401); nothing by default. */
    protected void beforeSend(Request request, Response response, CgiReply reply) {
    }
}
