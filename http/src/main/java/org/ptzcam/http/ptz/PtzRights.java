package org.ptzcam.http.ptz;

import org.ptzcam.device.AccessLevel;
import org.ptzcam.http.cgi.CgiReply;
import org.ptzcam.http.server.Replies;

/**
 * Who may use the PTZ CGIs: the one place to switch to the accounts' PTZ right when it lands.
 * Until then, control (ptz.cgi) needs operator and configuration (ptzconfig.cgi) admin.
 */
final class PtzRights {
    private PtzRights() {
    }

    static boolean mayControl(AccessLevel level) {
        return level.allows(AccessLevel.OPERATOR);
    }

    static boolean mayConfigure(AccessLevel level) {
        return level.allows(AccessLevel.ADMIN);
    }

    /** Kane610 and VMS drivers read 401/403 as "not allowed / not supported". */
    static CgiReply refused(String what) {
        return new CgiReply(403, Replies.TEXT, "Error:" + what + " is not allowed for this user\n");
    }
}
