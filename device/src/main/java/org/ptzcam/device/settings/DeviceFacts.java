package org.ptzcam.device.settings;

/** What a factory default may depend on: facts fixed at first boot. */
public record DeviceFacts(String serialNumber, String productShortName, String defaultHostName) {
}
