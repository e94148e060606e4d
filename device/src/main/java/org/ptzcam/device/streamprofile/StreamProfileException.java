package org.ptzcam.device.streamprofile;

import java.io.Serial;

/**
 * A stream profile request refused. {@link #kind()} maps onto streamprofile.cgi's error codes
 * (vapix.md §16); {@link #field()} names what was wrong, and the message says so too.
 */
public final class StreamProfileException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why, with the streamprofile.cgi code for it. */
    public enum Kind {
        /** Name already used (2002). */
        DUPLICATE(2002),
        /** A required field is missing (2003). */
        MISSING(2003),
        /** Bad name characters, unknown parameter, bad value, or no room for a 27th profile (2004). */
        INVALID(2004),
        /** No profile of that name (2006). */
        NOT_FOUND(2006);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private final Kind kind;
    private final String field;

    public StreamProfileException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The field or argument at fault, e.g. {@code name} or {@code videocodec}. */
    public String field() {
        return field;
    }
}
