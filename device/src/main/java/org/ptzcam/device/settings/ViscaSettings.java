package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code VISCA} group (System › Accessories › VISCA): VISCA over IP and over a serial port.
 * Both are off by default. A change restarts only the VISCA listeners ({@link #affectedBy}).
 *
 * @param ipEnabled      listen for VISCA over IP
 * @param ipPort         UDP port of Sony's framing (8-byte header)
 * @param rawPort        UDP port of bare VISCA messages
 * @param strictSequence refuse a Sony-framed command whose sequence number was already used
 * @param serialEnabled  run VISCA on a serial port
 * @param serialDevice   the VISCA IN port
 * @param baudRate       9600, 19200 or 38400
 * @param serialPosition {@code point-to-point}, {@code endpoint} or {@code in-chain}
 * @param serialOutDevice the VISCA OUT port towards the next camera (in chain only)
 */
public record ViscaSettings(boolean ipEnabled, int ipPort, int rawPort, boolean strictSequence,
                            boolean serialEnabled, String serialDevice, int baudRate, String serialPosition,
                            String serialOutDevice) {
    public static final String IP_ENABLED = "VISCA.IP.Enabled";
    public static final String IP_PORT = "VISCA.IP.Port";
    public static final String IP_RAW_PORT = "VISCA.IP.RawPort";
    public static final String IP_STRICT_SEQUENCE = "VISCA.IP.StrictSequence";
    public static final String SERIAL_ENABLED = "VISCA.Serial.Enabled";
    public static final String SERIAL_DEVICE = "VISCA.Serial.Device";
    public static final String SERIAL_BAUD_RATE = "VISCA.Serial.BaudRate";
    public static final String SERIAL_POSITION = "VISCA.Serial.Position";
    public static final String SERIAL_OUT_DEVICE = "VISCA.Serial.OutDevice";

    public static final String POINT_TO_POINT = "point-to-point";
    public static final String ENDPOINT = "endpoint";
    public static final String IN_CHAIN = "in-chain";

    private static final String MANUAL = "System › Accessories › VISCA";

    private static final List<SettingDef> DEFINITIONS = List.of(
            new SettingDef(IP_ENABLED, BooleanType.YES_NO, "no", ADMIN, ADMIN,
                    "When yes, the camera takes VISCA commands over IP: Sony framing on VISCA.IP.Port and bare"
                            + " VISCA messages on VISCA.IP.RawPort (UDP).", MANUAL),
            new SettingDef(IP_PORT, new IntRangeType(1, 65535), "52381", ADMIN, ADMIN,
                    "UDP port of VISCA over IP with Sony's 8-byte header (sequence numbers, RESET).", MANUAL),
            new SettingDef(IP_RAW_PORT, new IntRangeType(1, 65535), "52380", ADMIN, ADMIN,
                    "UDP port of bare VISCA messages, one per datagram (PTZOptics-style controllers).", MANUAL),
            new SettingDef(IP_STRICT_SEQUENCE, BooleanType.YES_NO, "yes", ADMIN, ADMIN,
                    "When yes, a Sony-framed command whose sequence number the controller already used is not run"
                            + " again but answered with the sequence-number error, as Sony cameras do.", MANUAL),
            new SettingDef(SERIAL_ENABLED, BooleanType.YES_NO, "no", ADMIN, ADMIN,
                    "When yes, the camera takes VISCA commands on the serial port VISCA.Serial.Device.", MANUAL),
            new SettingDef(SERIAL_DEVICE, TextType.printable(1, 255), "/dev/ttyS0", ADMIN, ADMIN,
                    "Serial port of VISCA IN (the controller's side).", MANUAL),
            new SettingDef(SERIAL_BAUD_RATE, EnumType.of("9600", "19200", "38400"), "9600", ADMIN, ADMIN,
                    "Speed of the VISCA serial line, in bit/s (8 data bits, no parity, 1 stop bit).", MANUAL),
            new SettingDef(SERIAL_POSITION, EnumType.of(POINT_TO_POINT, ENDPOINT, IN_CHAIN), POINT_TO_POINT,
                    ADMIN, ADMIN,
                    "Position in the VISCA daisy chain: alone on the line, last camera, or a camera with another"
                            + " one on its VISCA OUT port (VISCA.Serial.OutDevice).", MANUAL),
            new SettingDef(SERIAL_OUT_DEVICE, TextType.printable(0, 255), "", ADMIN, ADMIN,
                    "Serial port of VISCA OUT, towards the next camera; used only in-chain.", MANUAL));

    public static final Set<String> PATHS = Set.of(IP_ENABLED, IP_PORT, IP_RAW_PORT, IP_STRICT_SEQUENCE,
            SERIAL_ENABLED, SERIAL_DEVICE, SERIAL_BAUD_RATE, SERIAL_POSITION, SERIAL_OUT_DEVICE);

    /** True when {@code changedPaths} touch this group: restart the VISCA listeners. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static ViscaSettings from(Function<String, String> values) {
        return new ViscaSettings(BooleanType.YES_NO.parse(values.apply(IP_ENABLED)),
                Integer.parseInt(values.apply(IP_PORT)), Integer.parseInt(values.apply(IP_RAW_PORT)),
                BooleanType.YES_NO.parse(values.apply(IP_STRICT_SEQUENCE)),
                BooleanType.YES_NO.parse(values.apply(SERIAL_ENABLED)), values.apply(SERIAL_DEVICE),
                Integer.parseInt(values.apply(SERIAL_BAUD_RATE)), values.apply(SERIAL_POSITION),
                values.apply(SERIAL_OUT_DEVICE));
    }
}
