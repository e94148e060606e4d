package org.ptzcam.device.settings;

/** An IPv4 multicast group address (224.0.0.0 – 239.255.255.255) in dotted-quad form. */
public record MulticastAddressType() implements SettingType {

    @Override
    public Validation validate(String raw) {
        String[] parts = raw.split("\\.", -1);
        if (parts.length != 4) {
            return Validation.invalid("must be an IPv4 address a.b.c.d");
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return Validation.invalid("must be an IPv4 address a.b.c.d with parts 0 – 255");
            }
            octets[i] = Integer.parseInt(parts[i]);
        }
        if (octets[0] < 224 || octets[0] > 239) {
            return Validation.invalid("must be a multicast address, 224.0.0.0 – 239.255.255.255");
        }
        return Validation.valid(octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3]);
    }

    @Override
    public String kind() {
        return "IPv4 address";
    }

    @Override
    public String allowed() {
        return "224.0.0.0 – 239.255.255.255 (multicast)";
    }
}
