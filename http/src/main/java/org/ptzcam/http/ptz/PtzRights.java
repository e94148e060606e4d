package org.ptzcam.http.ptz;

import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.http.cgi.CgiReply;
import org.ptzcam.http.server.Replies;

/**
 * Who may use the PTZ CGIs (vapix.md §8): control (ptz.cgi) needs the PTZ right — a viewer or
 * better whose account has it, or anyone in preview mode; configuration (ptzconfig.cgi) needs admin.
 */
final class PtzRights {
    private PtzRights() {
    }

    static boolean mayControl(Caller caller) {
        return caller.hasPtz();
    }

    static boolean mayConfigure(AccessLevel level) {
        return level.allows(AccessLevel.ADMIN);
    }

    /** Kane610 and VMS drivers read 401/403 as "not allowed / not supported". */
    static CgiReply refused(String what) {
        return new CgiReply(403, Replies.TEXT, "Error:" + what + " is not allowed for this user\n");
    }
}
