package org.ptzcam.device.identity;

import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The camera's MAC-style id. The first octet is fixed at {@code AE}: the locally-administered bit
 * is set and the multicast bit clear, so it can never collide with a real vendor's address, and
 * the leading "A" guarantees the serial number (the same 12 hex digits) contains a letter. The
 * other 40 bits are random, so hundreds of cameras on one machine do not collide in practice.
 */
public record MacAddress(byte[] octets) {
    static final int FIRST_OCTET = 0xAE;

    public MacAddress {
        if (octets.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 octets");
        }
        octets = octets.clone();
    }

    public static MacAddress random(RandomGenerator random) {
        byte[] octets = new byte[6];
        for (int i = 1; i < 6; i++) {
            octets[i] = (byte) random.nextInt(256);
        }
        octets[0] = (byte) FIRST_OCTET;
        return new MacAddress(octets);
    }

    /** Parses the colon form, e.g. {@code AE:12:34:56:78:9A}. */
    public static MacAddress parse(String text) {
        return new MacAddress(HexFormat.ofDelimiter(":").parseHex(text));
    }

    /** {@code AE:12:34:56:78:9A} */
    public String colonForm() {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(octets);
    }

    /** {@code AE123456789A}: the serial number. */
    public String serialNumber() {
        return HexFormat.of().formatHex(octets).toUpperCase(Locale.ROOT);
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacAddress mac && java.util.Arrays.equals(octets, mac.octets);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return colonForm();
    }
}
