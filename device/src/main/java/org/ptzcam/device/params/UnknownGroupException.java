package org.ptzcam.device.params;

import java.io.Serial;

/** A {@code group=} that names nothing the caller may read; the message is param.cgi's error text. */
public final class UnknownGroupException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String group;

    public UnknownGroupException(String group) {
        super("Error -1 getting param in group '" + group + "'");
        this.group = group;
    }

    /** The group exactly as the client wrote it. */
    public String group() {
        return group;
    }
}
