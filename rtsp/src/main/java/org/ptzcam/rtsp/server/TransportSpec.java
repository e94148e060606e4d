package org.ptzcam.rtsp.server;

import java.util.Locale;
import java.util.Optional;

/**
 * One alternative of a SETUP {@code Transport} header that the server can serve.
 *
 * @param tcp         RTP/AVP/TCP interleaved (else UDP)
 * @param multicast   RTP/AVP;multicast: the server chooses group, port and TTL (a client's
 *                    destination/port/ttl proposal is not taken)
 * @param channel     first interleaved channel (RTP; RTCP is channel + 1), -1 if the client left
 *                    it to the server
 * @param clientPort  UDP: the client's RTP port (RTCP is the next or the given second port)
 * @param clientRtcp  UDP: the client's RTCP port
 */
record TransportSpec(boolean tcp, boolean multicast, int channel, int clientPort, int clientRtcp) {

    /** The first supported alternative of a Transport header, if any (RFC 2326 §12.39). */
    static Optional<TransportSpec> choose(String header) {
        return choose(header, false);
    }

    /**
     * As {@link #choose(String)}; with {@code interleavedOnly} (a tunnelled connection, which
     * cannot carry UDP) only RTP/AVP/TCP alternatives count.
     */
    static Optional<TransportSpec> choose(String header, boolean interleavedOnly) {
        for (String alternative : header.split(",")) {
            Optional<TransportSpec> t = parse(alternative.strip());
            if (t.isPresent() && (t.get().tcp() || !interleavedOnly)) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<TransportSpec> parse(String spec) {
        String[] parts = spec.split(";");
        String protocol = parts[0].strip().toUpperCase(Locale.ROOT);
        boolean tcp;
        switch (protocol) {
            case "RTP/AVP", "RTP/AVP/UDP" -> tcp = false;
            case "RTP/AVP/TCP" -> tcp = true;
            default -> {
                return Optional.empty();
            }
        }
        int channel = -1;
        int port = -1;
        int rtcp = -1;
        boolean multicast = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            String name = p.contains("=") ? p.substring(0, p.indexOf('=')).strip().toLowerCase(Locale.ROOT)
                    : p.toLowerCase(Locale.ROOT);
            String value = p.contains("=") ? p.substring(p.indexOf('=') + 1).strip() : "";
            switch (name) {
                case "multicast" -> {
                    if (tcp) {
                        return Optional.empty();
                    }
                    multicast = true;
                }
                case "interleaved" -> {
                    int[] r = range(value);
                    if (r == null || r[0] > 254) {
                        return Optional.empty();
                    }
                    channel = r[0];
                }
                case "client_port" -> {
                    int[] r = range(value);
                    if (r == null || r[0] == 0 || r[0] > 65535 || r[1] > 65535) {
                        return Optional.empty();
                    }
                    port = r[0];
                    rtcp = r[1];
                }
                case "mode" -> {
                    if (!value.replace("\"", "").equalsIgnoreCase("play")) {
                        return Optional.empty(); // RECORD is not offered
                    }
                }
                default -> {
                    // unicast, ssrc, ttl, destination, port (the server picks them): nothing to do
                }
            }
        }
        if (!tcp && !multicast && port < 0) {
            return Optional.empty();
        }
        return Optional.of(new TransportSpec(tcp, multicast, channel, port, rtcp));
    }

    /** {@code a} or {@code a-b}; a lone number n means n-(n+1). */
    private static int[] range(String v) {
        try {
            int dash = v.indexOf('-');
            int a = Integer.parseInt(dash < 0 ? v : v.substring(0, dash));
            int b = dash < 0 ? a + 1 : Integer.parseInt(v.substring(dash + 1));
            return a < 0 || b < a ? null : new int[] {a, b};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
