package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;

import java.util.List;
import java.util.function.Function;

/**
 * How clients may authenticate (System › Security).
 *
 * @param basicOverUnencrypted Basic authentication also on plain HTTP and RTSP (it sends the password
 *                             in clear); HTTPS always allows it
 * @param sha256First          offer Digest SHA-256 before MD5; MD5 alone otherwise, because the most
 *                             common clients (Home Assistant's Axis library, ffmpeg) speak only MD5
 */
public record SecuritySettings(boolean basicOverUnencrypted, boolean sha256First, HttpsPolicy httpsPolicy) {
    public static final String BASIC_OVER_HTTP = "Network.HTTP.BasicOverHTTP";
    public static final String HTTPS_POLICY = "Network.HTTPS.Policy";
    /** The paths whose change opens or closes a web port. */
    public static final java.util.Set<String> PORT_PATHS = java.util.Set.of(HTTPS_POLICY);
    public static final String DIGEST_ALGORITHMS = "Network.HTTP.DigestAlgorithms";
    static final String MD5_ONLY = "MD5";
    static final String SHA256_MD5 = "SHA-256,MD5";

    static List<SettingDef> definitions(DeviceFacts facts) {
        return List.of(
                new SettingDef(BASIC_OVER_HTTP, BooleanType.YES_NO, "no", ADMIN, ADMIN,
                        "When yes, Basic authentication is also accepted on plain HTTP and RTSP, where the password"
                                + " travels in clear. Over HTTPS Basic is always accepted.",
                        "Get started › Secure passwords (use HTTPS)"),
                new SettingDef(DIGEST_ALGORITHMS, EnumType.of(MD5_ONLY, SHA256_MD5), MD5_ONLY, ADMIN, ADMIN,
                        "Digest challenges offered, in order. SHA-256,MD5 lets curl and browsers use SHA-256 but"
                                + " breaks clients that take the first challenge and speak only MD5 (Home Assistant).",
                        "Get started › Secure passwords"),
                new SettingDef(HTTPS_POLICY, EnumType.of(HttpsPolicy.class), HttpsPolicy.BOTH.id(), ADMIN, ADMIN,
                        "Which web ports are open: http-and-https, https-only (the HTTP port closes) or http-only"
                                + " (the HTTPS port closes). Applies at once, without a restart.",
                        "Get started › Secure passwords (use HTTPS)"));
    }

    static SecuritySettings from(Function<String, String> values) {
        return new SecuritySettings(BooleanType.YES_NO.parse(values.apply(BASIC_OVER_HTTP)),
                SHA256_MD5.equals(values.apply(DIGEST_ALGORITHMS)),
                EnumType.constant(HttpsPolicy.class, values.apply(HTTPS_POLICY)));
    }
}
