package org.ptzcam.device.params;

import java.io.Serial;

/** A param.cgi add or remove refused; the message follows {@code # Request failed: }. */
public final class GroupRequestException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public GroupRequestException(String message) {
        super(message);
    }
}
