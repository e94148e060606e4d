package org.ptzcam.device.ptz;

/** The control queue gave control to someone else; the caller may retry later. */
public final class PtzBusyException extends PtzException {
    public PtzBusyException(String message) {
        super(message);
    }
}
