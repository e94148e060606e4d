package org.ptzcam.http.cgi;

import org.eclipse.jetty.server.Request;
import org.ptzcam.device.AccessLevel;

/**
 * Decides the access level of the caller of a request. The accounts issue replaces the open
 * implementation with Digest/Basic authentication against the device's accounts.
 */
@FunctionalInterface
public interface CallerAccess {

    AccessLevel levelOf(Request request);

    /** Everyone is admin: used until accounts exist (documented as a known gap in the README). */
    static CallerAccess open() {
        return request -> AccessLevel.ADMIN;
    }
}
