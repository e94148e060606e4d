package org.ptzcam.device.params;

import java.io.Serial;

/**
 * An update refused: unknown, read-only, not writable at the caller's level, or invalid. The
 * message is param.cgi's error text; {@link #reason()} says which, for logs.
 */
public final class ParameterUpdateException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String value;
    private final String reason;

    public ParameterUpdateException(String name, String value) {
        this(name, value, "refused");
    }

    public ParameterUpdateException(String name, String value, String reason) {
        super("Error setting '" + name + "' to '" + value + "'!");
        this.name = name;
        this.value = value;
        this.reason = reason;
    }

    /** The parameter name exactly as the client wrote it. */
    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
