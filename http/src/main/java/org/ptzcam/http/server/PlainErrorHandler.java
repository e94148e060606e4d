package org.ptzcam.http.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises itself (bad request line, header too large…) as one plain-text line,
 * without stack traces or the server's version.
 */
public final class PlainErrorHandler extends org.eclipse.jetty.server.handler.ErrorHandler {

    public PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = org.eclipse.jetty.http.HttpStatus.getMessage(status);
        Replies.send(response, callback, status, Replies.TEXT, status + " " + reason + "\n");
        return true;
    }
}
