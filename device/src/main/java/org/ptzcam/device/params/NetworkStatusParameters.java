package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ptzcam.device.identity.DeviceIdentity;
import org.ptzcam.device.runtime.RuntimeInfo;

/**
 * The read-only part of {@code root.Network}. Viewer-readable: the MAC is the serial number that
 * viewers already see, and a VMS needs the live ports (e.g. {@code RTSP.Port}) to build stream URLs.
 */
final class NetworkStatusParameters {
    private NetworkStatusParameters() {
    }

    static List<Parameter> of(DeviceIdentity identity, RuntimeInfo runtime) {
        return List.of(
                Parameter.fixed("Network.eth0.MACAddress", VIEWER, identity.macAddress()),
                port("Network.HTTP.Port", runtime, RuntimeInfo.HTTP),
                port("Network.HTTPS.Port", runtime, RuntimeInfo.HTTPS),
                port("Network.RTSP.Port", runtime, RuntimeInfo.RTSP));
    }

    private static Parameter port(String path, RuntimeInfo runtime, String name) {
        return Parameter.live(path, VIEWER, () -> text(runtime.port(name)));
    }

    private static Optional<String> text(OptionalInt port) {
        return port.isPresent() ? Optional.of(Integer.toString(port.getAsInt())) : Optional.empty();
    }
}
