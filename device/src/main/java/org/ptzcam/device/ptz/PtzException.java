package org.ptzcam.device.ptz;

/** A PTZ request the camera refuses; the message is one line fit for a protocol's error reply. */
public class PtzException extends RuntimeException {
    public PtzException(String message) {
        super(message);
    }
}
