package org.ptzcam.device;

import java.io.Serial;

/**
 * The camera cannot start on this data directory. The message is one plain-English line that says
 * what is wrong and what to do; the launcher prints it as it is.
 */
public final class DeviceStartException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public DeviceStartException(String message) {
        super(message);
    }

    public DeviceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
