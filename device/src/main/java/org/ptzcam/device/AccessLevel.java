package org.ptzcam.device;

/**
 * Who is asking, in increasing order of rights. A caller at level L may read or write whatever
 * requires a level at most L; there is no level above {@link #ADMIN}.
 */
public enum AccessLevel {
    ANONYMOUS, VIEWER, OPERATOR, ADMIN;

    /** True when a caller at this level may use something that requires {@code required}. */
    public boolean allows(AccessLevel required) {
        return compareTo(required) >= 0;
    }
}
