package org.ptzcam.device.accounts;

/** An account change that was refused; {@link #reason()} says which of pwdgrp.cgi's errors applies. */
public final class AccountException extends Exception {

    /** Why a change was refused; each maps to one pwdgrp.cgi error line. */
    public enum Reason {
        /** The name is taken. */
        EXISTS,
        /** Empty or not valid UTF-8 printable text. */
        INVALID_PASSWORD,
        /** Not 1–14 ASCII letters and digits. */
        INVALID_NAME,
        /** No such account. */
        UNKNOWN_USER,
        /** The change would leave the camera without an administrator. */
        LAST_ADMIN,
        /** Too many accounts. */
        LIMIT,
        /** The first account must be an administrator with the PTZ right. */
        NOT_VALID_INITIAL_ADMIN,
        /** An administrator exists: the unauthenticated first-admin call is over. */
        SETUP_DONE,
        /** Role groups (sgrp) not understood. */
        INVALID_GROUPS
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
