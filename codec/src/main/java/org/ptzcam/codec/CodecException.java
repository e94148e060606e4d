package org.ptzcam.codec;

/** An FFmpeg call failed or a codec could not be set up; the message names the call and FFmpeg's reason. */
public class CodecException extends RuntimeException {

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
