package org.ptzcam.http.auth;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;

/**
 * {@code /axis-cgi/usergroup.cgi}: the caller's own name and groups on two lines
 * ({@code joe\nusers admin operator viewer ptz\n}, vapix.md §13.1); Kane610 reads its rights here.
 */
public final class UsergroupCgi extends Handler.Abstract {

    private final CallerAccess access;

    public UsergroupCgi(CallerAccess access) {
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Caller c = access.callerOf(request);
        String user = c.user().orElse("anonymous");
        StringBuilder groups = new StringBuilder(user.equals("root") ? "root" : "users");
        if (c.allows(AccessLevel.ADMIN)) {
            groups.append(" admin");
        }
        if (c.allows(AccessLevel.OPERATOR)) {
            groups.append(" operator");
        }
        if (c.allows(AccessLevel.VIEWER)) {
            groups.append(" viewer");
        }
        if (c.hasPtz()) {
            groups.append(" ptz");
        }
        Replies.send(response, callback, 200, Replies.TEXT, user + "\n" + groups + "\n");
        return true;
    }
}
