package org.ptzcam.visca.ip;

/**
 * Where the VISCA-over-IP listeners bind.
 *
 * @param bindAddress     address both UDP ports bind to ({@code 0.0.0.0} for all)
 * @param sonyPort        Sony framing (8-byte header), 52381 by default; 0 = any free port
 * @param rawPort         bare VISCA messages, 52380 by default; 0 = any free port; −1 = off
 * @param strictSequence  refuse a command whose sequence number was already seen from that peer
 *                        (Sony behaviour: "abnormality in sequence number"); off = execute every
 *                        datagram and only echo the number, as many OEM cameras do
 */
public record ViscaIpConfig(String bindAddress, int sonyPort, int rawPort, boolean strictSequence) {
    public static final int SONY_PORT = 52381;
    public static final int RAW_PORT = 52380;

    public ViscaIpConfig {
        if (sonyPort < 0 || sonyPort > 65535 || rawPort < -1 || rawPort > 65535) {
            throw new IllegalArgumentException("bad VISCA port: " + sonyPort + "/" + rawPort);
        }
    }

    public static ViscaIpConfig defaults(String bindAddress) {
        return new ViscaIpConfig(bindAddress, SONY_PORT, RAW_PORT, true);
    }
}
