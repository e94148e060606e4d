package org.ptzcam.http.video;

/** A video request argument the camera does not offer; the message is the reply's error text. */
final class VideoRequestException extends Exception {

    VideoRequestException(String message) {
        super(message);
    }
}
