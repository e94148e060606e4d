package org.ptzcam.device.identity;

import java.time.Instant;

/** The part of the identity created once at first boot and kept in the database. */
public record StoredIdentity(MacAddress macAddress, Instant createdAt) {
    public String serialNumber() {
        return macAddress.serialNumber();
    }
}
