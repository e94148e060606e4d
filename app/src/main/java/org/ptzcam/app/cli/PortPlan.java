package org.ptzcam.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Which ports to serve when the user named none: the camera's standard 80/443/554 when this process
 * may bind them, otherwise 8080/8443/8554 — with the reason, for the banner.
 */
public record PortPlan(int http, int https, int rtsp, String reason) {

    static final int[] STANDARD = {80, 443, 554};
    static final int[] ALTERNATE = {8080, 8443, 8554};

    /** Fills in unset ports (null); set ones are kept as given (0 = any free port). */
    public static PortPlan choose(String bindAddress, Integer http, Integer https, Integer rtsp) {
        if (http != null && https != null && rtsp != null) {
            return new PortPlan(http, https, rtsp, "as given on the command line");
        }
        String problem = null;
        for (int port : STANDARD) {
            problem = bindProblem(bindAddress, port);
            if (problem != null) {
                break;
            }
        }
        int[] chosen = problem == null ? STANDARD : ALTERNATE;
        String reason = problem == null ? "the camera's standard ports" : "alternate ports, because " + problem;
        return new PortPlan(http != null ? http : chosen[0], https != null ? https : chosen[1],
                rtsp != null ? rtsp : chosen[2], reason);
    }

    /** Null when the port can be bound now, else why not in plain words. */
    static String bindProblem(String bindAddress, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
            return null;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (msg.contains("permission denied")) {
                return "ports below 1024 need root or CAP_NET_BIND_SERVICE";
            }
            if (msg.contains("in use")) {
                return "port " + port + " is already in use";
            }
            return "port " + port + " cannot be bound (" + e.getMessage() + ")";
        }
    }
}
