package org.ptzcam.visca.serial;

/** Where the camera sits on the VISCA serial line. */
public enum SerialPosition {
    /** Alone on the line: answers any address 1–7, like a camera over IP. */
    POINT_TO_POINT,
    /** Last camera of a daisy chain: answers only its own address; Address Set goes back up the line. */
    ENDPOINT,
    /** A camera with a next one on its VISCA OUT port: forwards what is not for it, relays replies back. */
    IN_CHAIN
}
