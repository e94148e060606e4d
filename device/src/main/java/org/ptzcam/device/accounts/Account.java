package org.ptzcam.device.accounts;

import java.util.Objects;
import org.ptzcam.device.AccessLevel;

/**
 * One user account as clients see it (never with its password).
 *
 * @param name    user name, 1–14 ASCII letters and digits (the VAPIX rule)
 * @param role    {@link AccessLevel#VIEWER}, {@link AccessLevel#OPERATOR} or {@link AccessLevel#ADMIN}
 * @param ptz     the PTZ right ({@code ptz} in pwdgrp's {@code sgrp})
 * @param comment free text shown in account lists
 */
public record Account(String name, AccessLevel role, boolean ptz, String comment) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comment, "comment");
        if (role == AccessLevel.ANONYMOUS) {
            throw new IllegalArgumentException("an account needs a role above anonymous");
        }
    }

    /** What this account may do once authenticated. */
    public Caller asCaller() {
        return Caller.user(name, role, ptz);
    }
}
