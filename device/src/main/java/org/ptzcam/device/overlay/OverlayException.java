package org.ptzcam.device.overlay;

/**
 * A refused overlay request, naming what is wrong. Nothing was changed or stored.
 *
 * @see Reason
 */
public final class OverlayException extends Exception {

    /** Why, so protocol faces can pick their own error codes. */
    public enum Reason {
        /** A parameter has a value we do not accept; {@link #field()} names it. */
        INVALID_VALUE,
        /** A required parameter is absent; {@link #field()} names it. */
        MISSING,
        /** No overlay or image has this identity / name. */
        NOT_FOUND,
        /** The overlay or image limit is reached. */
        LIMIT,
        /** The store could not be written. */
        INTERNAL
    }

    private final Reason reason;
    private final String field;

    public OverlayException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The parameter concerned, or null. */
    public String field() {
        return field;
    }
}
