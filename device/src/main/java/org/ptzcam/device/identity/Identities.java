package org.ptzcam.device.identity;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ptzcam.device.BuildInfo;

/** Assembles the {@link DeviceIdentity} clients see. */
public final class Identities {
    private static final DateTimeFormatter AXIS_BUILD_DATE =
            DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm", Locale.ENGLISH);

    private Identities() {
    }

    public static DeviceIdentity of(StoredIdentity stored, BuildInfo build, String hostName) {
        return new DeviceIdentity(Product.BRAND, Product.FULL_NAME, Product.NUMBER, Product.SHORT_NAME,
                Product.TYPE, Product.VARIANT, Product.WEB_URL, stored.serialNumber(),
                stored.macAddress().colonForm(), Product.HARDWARE_ID, Product.architecture(), Product.SOC,
                build.version(), axisBuildDate(build.buildDate()), hostName);
    }

    /** The factory host name: {@code ptzcam-} and the serial number in lower case. */
    public static String defaultHostName(String serialNumber) {
        return Product.BRAND + "-" + serialNumber.toLowerCase(Locale.ROOT);
    }

    /** {@code 2026-01-09T10:00:00Z} becomes {@code Jan 09 2026 10:00} (UTC); other text is kept. */
    static String axisBuildDate(String buildDate) {
        try {
            return ZonedDateTime.parse(buildDate).withZoneSameInstant(ZoneOffset.UTC).format(AXIS_BUILD_DATE);
        } catch (DateTimeParseException e) {
            return buildDate;
        }
    }
}
