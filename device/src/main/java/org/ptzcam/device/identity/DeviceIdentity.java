package org.ptzcam.device.identity;

/**
 * Who the camera says it is, as clients see it in {@code root.Brand}, {@code root.Properties} and
 * basic device info. Everything is fixed for the life of a data directory except
 * {@code hostName}, which is the current value of the {@code Network.HostName} setting.
 *
 * @param serialNumber 12 upper-case hex digits, equal to {@code macAddress} without colons; always
 *                     contains a letter (clients turn all-digit serials into numbers)
 * @param macAddress   colon form, locally administered, created at first boot
 * @param firmwareVersion the ptzcam version
 * @param buildDate    Axis style, e.g. {@code Jan 09 2026 10:00}
 */
public record DeviceIdentity(String brand, String productFullName, String productNumber, String productShortName,
        String productType, String productVariant, String webUrl, String serialNumber, String macAddress,
        String hardwareId, String architecture, String soc, String firmwareVersion, String buildDate,
        String hostName) {
}
