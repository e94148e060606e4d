package org.ptzcam.device.store;

import java.io.Serial;

/** The database failed underneath us (disk full, I/O error): not the caller's fault. */
public final class StoreException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
