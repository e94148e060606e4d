package org.ptzcam.http.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Dispatches on the exact request path; everything unknown is a plain 404 — VAPIX clients probe
 * endpoints and treat 404 as "not supported" (anything else such as 405 or 500 aborts their setup).
 */
public final class Router extends Handler.AbstractContainer {

    private final Map<String, Handler> routes = new TreeMap<>();

    /** Registers a handler for an exact path (e.g. "/axis-cgi/param.cgi"). */
    public Router route(String path, Handler handler) {
        if (routes.putIfAbsent(path, handler) != null) {
            throw new IllegalStateException("route registered twice: " + path);
        }
        addBean(handler);
        return this;
    }

    /** Every registered path, sorted. */
    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(routes.keySet()));
    }

    /** The routes as children, so Jetty gives them the server and starts and stops them. */
    @Override
    public List<Handler> getHandlers() {
        return List.copyOf(routes.values());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler handler = routes.get(Request.getPathInContext(request));
        if (handler != null && handler.handle(request, response, callback)) {
            return true;
        }
        Replies.notFound(response, callback);
        return true;
    }
}
