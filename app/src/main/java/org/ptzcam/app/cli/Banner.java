package org.ptzcam.app.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ptzcam.app.Camera;
import org.ptzcam.device.identity.DeviceIdentity;

/**
 * The start-up banner: who the camera is and every URL it serves. Tests read the real ports from
 * the {@code HTTP}/{@code HTTPS} lines, so their form is kept stable.
 */
final class Banner {

    private Banner() {
    }

    static String render(Camera camera, PortPlan plan, Path logFile) {
        DeviceIdentity id = camera.device().identity();
        List<String> hosts = hosts(camera.config().bindAddress());
        String host = hosts.get(0);
        StringBuilder b = new StringBuilder();
        b.append('\n').append(id.productFullName()).append(" — ptzcam ").append(id.firmwareVersion()).append('\n');
        b.append("  serial ").append(id.serialNumber()).append(", MAC ").append(id.macAddress())
                .append(", host name ").append(id.hostName()).append('\n');
        b.append("  data directory  ").append(camera.config().dataDir().toAbsolutePath()).append('\n');
        b.append("  log file        ").append(logFile).append('\n');
        b.append("  ports           ").append(plan.reason()).append('\n');
        b.append('\n');
        // Network.HTTPS.Policy may keep one of them closed (port -1)
        b.append(camera.httpsPort() > 0 ? "  HTTPS  https://" + host + ':' + camera.httpsPort() + "/\n"
                : "  HTTPS  closed (Network.HTTPS.Policy)\n");
        b.append(camera.httpPort() > 0 ? "  HTTP   http://" + host + ':' + camera.httpPort() + "/\n"
                : "  HTTP   closed (Network.HTTPS.Policy)\n");
        for (String other : hosts.subList(1, hosts.size())) {
            b.append("         also reachable as https://").append(other).append(':')
                    .append(camera.httpsPort()).append("/\n");
        }
        b.append("  RTSP   rtsp://").append(host).append(':').append(camera.rtspPort())
                .append("/axis-media/media.amp?videocodec=h264\n");
        b.append('\n');
        b.append("  JPEG   https://").append(host).append(':').append(camera.httpsPort())
                .append("/axis-cgi/jpg/image.cgi\n");
        b.append("  MJPEG  https://").append(host).append(':').append(camera.httpsPort())
                .append("/axis-cgi/mjpg/video.cgi?fps=15\n");
        b.append("  VAPIX  https://").append(host).append(':').append(camera.httpsPort())
                .append("/axis-cgi/param.cgi?action=list&group=root.Brand\n");
        appendVisca(b, camera, host);
        b.append(camera.device().certificates().custom() ? "  HTTPS certificate is uploaded, SHA-256 fingerprint\n         "
                : "  HTTPS certificate is self-signed, SHA-256 fingerprint\n         ")
                .append(fingerprint(camera)).append('\n');
        var credentials = camera.device().credentials();
        if (credentials.accounts().needsSetup()) {
            b.append("\n  No account yet: create the administrator account at https://").append(host).append(':')
                    .append(camera.httpsPort()).append("/\n");
            long preview = credentials.preview().secondsLeft();
            b.append(preview > 0 ? "  Preview mode is on for " + (preview + 59) / 60
                    + " minutes: live view works without login until then.\n"
                    : "  Preview mode is off.\n");
        } else {
            b.append("\n  Log in with an account of this camera (").append(credentials.accounts().list().size())
                    .append(" accounts); lost the administrator password? ptzcam factory-default\n");
        }
        b.append("\nPress Ctrl-C to stop.\n");
        return b.toString();
    }

    /** VISCA lines only when on; tests read the ports from the "VISCA  udp://" line. */
    private static void appendVisca(StringBuilder b, Camera camera, String host) {
        var visca = camera.visca();
        if (visca == null) {
            return;
        }
        var ip = visca.ip();
        if (ip != null) {
            b.append("  VISCA  udp://").append(host).append(':').append(ip.sonyPort()).append(" (Sony framing), raw ")
                    .append(ip.rawPort()).append('\n');
            b.append("         VISCA has no authentication: anyone who reaches these UDP ports can move the camera\n");
        }
        var serial = visca.serial();
        if (serial != null) {
            var s = visca.effective();
            b.append("  VISCA  serial ").append(s.serialDevice()).append(" at ").append(s.baudRate()).append(" baud, ")
                    .append(s.serialPosition()).append('\n');
        }
    }

    private static List<String> hosts(String bindAddress) {
        List<String> hosts = new ArrayList<>();
        boolean wildcard = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]");
        if (!wildcard) {
            hosts.add(bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress);
            return hosts;
        }
        hosts.add("localhost");
        try {
            for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
                if (nif.isUp() && !nif.isLoopback()) {
                    for (InetAddress a : nif.inetAddresses().toList()) {
                        if (a instanceof Inet4Address) {
                            hosts.add(a.getHostAddress());
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // the localhost line is still right
        }
        return hosts;
    }

    private static String fingerprint(Camera camera) {
        try {
            byte[] der = camera.device().certificates().certificate().getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            return "(unavailable: " + e.getMessage() + ")";
        }
    }
}
