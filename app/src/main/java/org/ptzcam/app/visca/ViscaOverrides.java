package org.ptzcam.app.visca;

import org.ptzcam.device.settings.ViscaSettings;

/**
 * VISCA options given on the {@code run} command line. Like the port flags they hold for this run
 * only and are never stored: each given value replaces the stored setting, the others still come
 * from {@code root.VISCA.*} (and still restart the listeners when changed). Null = not given.
 *
 * @param ip            {@code --visca-ip}: VISCA over IP on
 * @param ipPort        {@code --visca-port} (0 = any free port)
 * @param rawPort       {@code --visca-raw-port} (0 = any free port)
 * @param serialDevice  {@code --visca-serial DEVICE}: VISCA over serial on, on that port
 * @param baud          {@code --visca-baud}
 * @param position      {@code --visca-position}
 * @param outDevice     {@code --visca-out DEVICE} (in chain)
 */
public record ViscaOverrides(Boolean ip, Integer ipPort, Integer rawPort, String serialDevice, Integer baud,
                             String position, String outDevice) {
    public static final ViscaOverrides NONE = new ViscaOverrides(null, null, null, null, null, null, null);

    /** The stored settings with the command line applied. */
    public ViscaSettings applyTo(ViscaSettings s) {
        return new ViscaSettings(
                ip != null ? ip : s.ipEnabled(),
                ipPort != null ? ipPort : s.ipPort(),
                rawPort != null ? rawPort : s.rawPort(),
                s.strictSequence(),
                serialDevice != null || s.serialEnabled(),
                serialDevice != null ? serialDevice : s.serialDevice(),
                baud != null ? baud : s.baudRate(),
                position != null ? position : s.serialPosition(),
                outDevice != null ? outDevice : s.serialOutDevice());
    }
}
