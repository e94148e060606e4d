package org.ptzcam.rtsp.rtp.jpeg;

/** A JPEG that RFC 2435 cannot carry, with a message saying why. */
public final class JpegException extends IllegalArgumentException {

    public JpegException(String message) {
        super(message);
    }
}
