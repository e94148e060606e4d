package org.ptzcam.http.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Puts our own {@code Server} header on every reply (Jetty's version header is switched off). */
public final class ServerHeaderHandler extends Handler.Wrapper {

    private final String serverHeader;

    public ServerHeaderHandler(String serverHeader, Handler next) {
        super(next);
        this.serverHeader = serverHeader;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.SERVER, serverHeader);
        return super.handle(request, response, callback);
    }
}
