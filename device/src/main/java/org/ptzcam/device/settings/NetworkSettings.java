package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.function.Function;

/**
 * The {@code Network} settings group.
 *
 * @param hostName            the camera's DNS name; also the HTTPS certificate's name at first boot
 * @param redirectHttpToHttps answer plain-HTTP requests with a redirect to HTTPS
 * @param friendlyName        the name announced by zero-configuration discovery
 */
public record NetworkSettings(String hostName, boolean redirectHttpToHttps, String friendlyName) {
    public static final String HOST_NAME = "Network.HostName";
    public static final String FRIENDLY_NAME = "Network.Bonjour.FriendlyName";
    public static final String REDIRECT_TO_HTTPS = "Network.HTTP.RedirectToHTTPS";

    static List<SettingDef> definitions(DeviceFacts facts) {
        return List.of(
                new SettingDef(HOST_NAME, TextType.hostName(), facts.defaultHostName(), VIEWER, ADMIN,
                        "Host name of the camera: the name to type in a browser when DNS knows it, and the"
                                + " name in the HTTPS certificate created at first boot.",
                        "Get started › Open the device's web interface"),
                new SettingDef(FRIENDLY_NAME, TextType.printable(1, 63),
                        facts.productShortName() + " - " + facts.serialNumber(), VIEWER, ADMIN,
                        "Name under which discovery tools (Bonjour/zeroconf) list the camera.",
                        "Get started › Find the device on the network"),
                new SettingDef(REDIRECT_TO_HTTPS, BooleanType.YES_NO, "no", ADMIN, ADMIN,
                        "When yes, plain-HTTP requests are redirected to HTTPS (while Network.HTTPS.Policy keeps both open).",
                        "Get started › Secure passwords (use HTTPS)"));
    }

    static NetworkSettings from(Function<String, String> values) {
        return new NetworkSettings(values.apply(HOST_NAME),
                BooleanType.YES_NO.parse(values.apply(REDIRECT_TO_HTTPS)),
                values.apply(FRIENDLY_NAME));
    }
}
