package org.ptzcam.device.ptz;

/** A preset name or number that is not allowed, or a preset that does not exist. */
public final class InvalidPresetException extends PtzException {
    public InvalidPresetException(String message) {
        super(message);
    }
}
