package org.ptzcam.http.server;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * "Redirect HTTP to HTTPS": while the setting is on, every plain-HTTP request is answered with a
 * permanent redirect to the same path and query on the HTTPS port.
 */
public final class HttpsRedirectHandler extends Handler.Wrapper {

    private final BooleanSupplier enabled;
    private final IntSupplier httpsPort;

    public HttpsRedirectHandler(BooleanSupplier enabled, IntSupplier httpsPort, Handler next) {
        super(next);
        this.enabled = enabled;
        this.httpsPort = httpsPort;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.isSecure() || !enabled.getAsBoolean()) {
            return super.handle(request, response, callback);
        }
        HttpURI uri = request.getHttpURI();
        String location = HttpURI.build(uri).scheme("https").port(httpsPort.getAsInt()).asString();
        response.setStatus(301);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, null, callback);
        return true;
    }
}
