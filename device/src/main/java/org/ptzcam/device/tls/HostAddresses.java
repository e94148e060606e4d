package org.ptzcam.device.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.LinkedHashSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The machine's own names and non-loopback addresses, for the certificate's subject alternative names. */
final class HostAddresses {
    private static final Logger LOG = LoggerFactory.getLogger(HostAddresses.class);
    private static final Pattern DNS_NAME =
            Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private HostAddresses() {
    }

    /**
     * The machine's host name, so {@code https://<machine>:port/} verifies too. Read from
     * /etc/hostname rather than resolved: a lookup can hang for seconds on a badly configured host.
     */
    static Optional<String> machineHostName() {
        try {
            Path file = Path.of("/etc/hostname");
            String name = Files.exists(file) ? Files.readString(file).strip() : "";
            if (name.isEmpty()) {
                name = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("").strip();
            }
            return DNS_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static List<InetAddress> nonLoopback() {
        Set<InetAddress> addresses = new LinkedHashSet<>();
        try {
            NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress())
                    .forEach(addresses::add);
        } catch (SocketException e) {
            // a certificate without them still works for the host name, localhost and -k clients
            LOG.warn("cannot list network interfaces; certificate will name only the host name and loopback: {}",
                    e.getMessage());
        }
        return List.copyOf(addresses);
    }
}
