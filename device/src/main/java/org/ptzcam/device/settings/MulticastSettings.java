package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.function.Function;

/**
 * Where RTSP multicast sessions ({@code Transport: RTP/AVP;multicast}) are sent (Axis
 * {@code Network.RTP.R0}): the group address, the first port and the TTL. Changes apply to
 * multicast streams started afterwards.
 *
 * @param address group address, 224.0.0.0 – 239.255.255.255
 * @param port    first RTP port (even; RTCP is the next); each track and each distinct stream
 *                takes its own pair above it
 * @param ttl     IP time to live of the multicast packets (router hops)
 */
public record MulticastSettings(String address, int port, int ttl) {
    public static final String ADDRESS = "Network.RTP.R0.VideoAddress";
    public static final String PORT = "Network.RTP.R0.VideoPort";
    public static final String TTL = "Network.RTP.R0.TTL";

    private static final String SECTION = "Troubleshooting › Multicast H.264 only accessible by local clients";

    static List<SettingDef> definitions(DeviceFacts facts) {
        return List.of(
                new SettingDef(ADDRESS, new MulticastAddressType(), defaultAddress(facts.serialNumber()), VIEWER, ADMIN,
                        "Multicast group address RTSP multicast streams are sent to.", SECTION),
                new SettingDef(PORT, new IntRangeType(1024, 65000), "50000", VIEWER, ADMIN,
                        "First RTP port of multicast streams (an odd value is used as the even port below it);"
                                + " RTCP is the next port, and each further track or distinct stream takes the next"
                                + " pairs.", SECTION),
                new SettingDef(TTL, new IntRangeType(1, 255), "5", VIEWER, ADMIN,
                        "Time to live of multicast packets: how many routers they may cross. Increase it when"
                                + " clients beyond a router see no multicast video.", SECTION));
    }

    /**
     * 239.x.y.z from the last three bytes of the serial number (the MAC address, 12 hex digits),
     * so cameras on one network get different groups; 239.0.0.1 if the serial is not hex.
     */
    static String defaultAddress(String serial) {
        if (serial.matches("[0-9A-Fa-f]{12}")) {
            long mac = Long.parseLong(serial, 16);
            return "239." + ((mac >> 16) & 0xff) + "." + ((mac >> 8) & 0xff) + "." + (mac & 0xff);
        }
        return "239.0.0.1";
    }

    static MulticastSettings from(Function<String, String> values) {
        return new MulticastSettings(values.apply(ADDRESS), Integer.parseInt(values.apply(PORT)) & ~1,
                Integer.parseInt(values.apply(TTL)));
    }
}
