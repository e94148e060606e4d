package org.ptzcam.visca.serial;

import java.util.Set;

/**
 * @param device    the VISCA IN port (e.g. {@code /dev/ttyUSB0}, or a pty)
 * @param baud      9600, 19200 or 38400
 * @param position  point to point, endpoint, or in chain
 * @param outDevice the VISCA OUT port towards the next camera; required in chain, else null
 */
public record ViscaSerialConfig(String device, int baud, SerialPosition position, String outDevice) {
    public static final Set<Integer> BAUD_RATES = Set.of(9600, 19200, 38400);

    public ViscaSerialConfig {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("VISCA serial device missing");
        }
        if (!BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("VISCA baud rate must be 9600, 19200 or 38400: " + baud);
        }
        if ((position == SerialPosition.IN_CHAIN) != (outDevice != null)) {
            throw new IllegalArgumentException("an OUT port is needed in chain, and only there");
        }
    }
}
