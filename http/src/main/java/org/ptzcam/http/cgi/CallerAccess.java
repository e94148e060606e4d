package org.ptzcam.http.cgi;

import org.eclipse.jetty.server.Request;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Caller;

/**
 * Who made a request. {@link org.ptzcam.http.auth.HttpAuthenticator} decides it once, before the
 * router, and leaves it on the request; handlers read it here. Use {@link Caller#allows} for
 * roles and {@link Caller#hasPtz()} for the PTZ right.
 */
@FunctionalInterface
public interface CallerAccess {

    /** The request attribute holding the {@link Caller}. */
    String ATTRIBUTE = "org.ptzcam.caller";

    Caller callerOf(Request request);

    default AccessLevel levelOf(Request request) {
        return callerOf(request).level();
    }

    /** The caller the authenticator attached; anonymous when none (the route was public). */
    static CallerAccess fromRequest() {
        return request -> request.getAttribute(ATTRIBUTE) instanceof Caller c ? c : Caller.ANONYMOUS;
    }
}
