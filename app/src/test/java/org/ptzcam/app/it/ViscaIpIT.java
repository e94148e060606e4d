package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ptzcam.visca.ip.SonyViscaController.hex;
import static org.ptzcam.visca.ip.SonyViscaController.nibbles;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptzcam.app.ImageLevel;
import org.ptzcam.visca.ip.SonyViscaController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.visca.codec.ViscaError;
import org.ptzcam.visca.codec.ViscaReply;

/**
 * VISCA over IP against the real jar: a Sony-spec controller and the npm {@code visca-over-ip}
 * client move the camera's one PTZ head, and VAPIX (curl) sees the same positions, presets and
 * limits. Scale: 14.4 VISCA units per degree, zoom 0x0000…0x4000 = 1…30× (visca/README.md).
 */
class ViscaIpIT {

    @TempDir
    Path tmp;

    private static final String QUERY = "/axis-cgi/com/ptz.cgi?query=position";

    private static Curl.Reply curl(CameraProcess cam, String pathAndQuery) throws Exception {
        Curl.Reply r = Curl.run(cam.http(pathAndQuery));
        assertThat(r.exitCode()).as("curl " + pathAndQuery + ": " + r.stderr()).isZero();
        return r;
    }

    private static void vapix(CameraProcess cam, String query) throws Exception {
        Curl.Reply r = curl(cam, "/axis-cgi/com/ptz.cgi?" + query);
        assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(204);
    }

    private static void awaitPosition(CameraProcess cam, String panTiltZoom) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(curl(cam, QUERY).body()).startsWith(panTiltZoom));
    }

    /** A signed 16-bit VISCA position as its four nibble bytes, e.g. -648 → "0F 0D 07 08". */
    private static String nibbleBytes(int value) {
        int v = value & 0xFFFF;
        return String.format("0%X 0%X 0%X 0%X", v >> 12, (v >> 8) & 15, (v >> 4) & 15, v & 15);
    }

    private static String absolute(int panSpeed, int tiltSpeed, double panDeg, double tiltDeg) {
        return String.format("81 01 06 02 %02X %02X ", panSpeed, tiltSpeed) + nibbleBytes(units(panDeg)) + " "
                + nibbleBytes(units(tiltDeg)) + " FF";
    }

    private static int units(double degrees) {
        return (int) Math.round(degrees * 14.4);
    }

    private static List<Integer> nibblesOf(int value) {
        int v = value & 0xFFFF;
        return List.of(v >> 12, (v >> 8) & 15, (v >> 4) & 15, v & 15);
    }

    private static List<Integer> panTilt(double panDeg, double tiltDeg) {
        List<Integer> out = new java.util.ArrayList<>(nibblesOf(units(panDeg)));
        out.addAll(nibblesOf(units(tiltDeg)));
        return out;
    }

    private static final String PAN_TILT_INQ = "81 09 06 12 FF";

    @Test
    void sonyControllerAndVapixMoveTheSameHeadInsideTheSameLimits() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"), "--visca-ip", "--visca-port", "0",
                "--visca-raw-port", "0")) {
            int[] ports = cam.viscaPorts();
            assertThat(String.join("\n", cam.stdoutLines())).contains("VISCA has no authentication");
            assertThat(curl(cam, "/api/security").body())
                    .contains("VISCA over IP: full camera control on UDP " + ports[0] + " and " + ports[1] + " (VISCA has no password");

            try (SonyViscaController visca = new SonyViscaController(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), ports[0]))) {
                visca.reset();

                // slow absolute move (pan speed 01 = 1/24 of 300°/s): ACK at once, completion only at the end
                ViscaReply ack = visca.command(hex(absolute(0x01, 0x01, 90, -20)));
                assertThat(ack).isInstanceOf(ViscaReply.Ack.class);
                String during = curl(cam, QUERY).body();
                assertThat(during).as("still moving after the ACK").doesNotStartWith("pan=90\ntilt=-20\n");
                assertThat(visca.awaitCompletion()).isEqualTo(new ViscaReply.Completion(((ViscaReply.Ack) ack).socket()));
                assertThat(curl(cam, QUERY).body()).as("at rest on the target when the completion came")
                        .startsWith("pan=90\ntilt=-20\nzoom=1\n");
                assertThat(nibbles(visca.inquiry(hex(PAN_TILT_INQ)))).isEqualTo(panTilt(90, -20));

                // VISCA Cancel of a slow move stops the head where it is, and no completion follows
                ViscaReply slow = visca.command(hex(absolute(0x01, 0x01, -60, -20)));
                assertThat(slow).isInstanceOf(ViscaReply.Ack.class);
                int socket = ((ViscaReply.Ack) slow).socket();
                assertThat(visca.command(hex("81 2" + socket + " FF")))
                        .isEqualTo(new ViscaReply.ErrorReply(socket, ViscaError.CANCELLED));
                String[] stopped = new String[1];
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                    String before = curl(cam, QUERY).body();
                    Thread.sleep(300);
                    assertThat(curl(cam, QUERY).body()).as("head at rest").isEqualTo(before);
                    stopped[0] = before;
                });
                double pan = Double.parseDouble(stopped[0].lines().findFirst().orElseThrow().substring(4));
                assertThat(pan).as("stopped on the way: %s", stopped[0]).isBetween(-59.0, 90.0);
                assertThat(visca.silentFor(1000)).as("no completion after Cancel").isTrue();

                // a VAPIX move reads back in VISCA units
                vapix(cam, "pan=-45&tilt=-10");
                awaitPosition(cam, "pan=-45\ntilt=-10\n");
                assertThat(nibbles(visca.inquiry(hex(PAN_TILT_INQ)))).containsExactly(0xF, 0xD, 7, 8, 0xF, 0xF, 7, 0);

                // zoom direct 0x2000 = √30× = VAPIX step 5000
                visca.commandToCompletion(hex("81 01 04 47 02 00 00 00 FF"));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=-45\ntilt=-10\nzoom=5000\n");
                assertThat(nibbles(visca.inquiry(hex("81 09 04 47 FF")))).containsExactly(2, 0, 0, 0);

                // VISCA memory 4 = camera preset 5, recalled by VAPIX
                visca.commandToCompletion(hex("81 01 04 3F 01 04 FF"));
                vapix(cam, "pan=10&tilt=0&zoom=1");
                awaitPosition(cam, "pan=10\ntilt=0\nzoom=1\n");
                vapix(cam, "gotoserverpresetno=5");
                awaitPosition(cam, "pan=-45\ntilt=-10\nzoom=5000\n");
                // VAPIX preset 7 recalled by VISCA memory 6; completion when the move has ended
                vapix(cam, "pan=60&tilt=5&zoom=1");
                awaitPosition(cam, "pan=60\ntilt=5\nzoom=1\n");
                assertThat(curl(cam, "/axis-cgi/com/ptzconfig.cgi?setserverpresetno=7").status()).isEqualTo(204);
                vapix(cam, "move=home");
                awaitPosition(cam, "pan=0\ntilt=0\nzoom=1\n");
                visca.commandToCompletion(hex("81 01 04 3F 02 06 FF"));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=60\ntilt=5\nzoom=1\n");

                // limits set by VAPIX clamp a VISCA absolute move
                Curl.Reply update = curl(cam, "/axis-cgi/param.cgi?action=update&PTZ.Limit.L1.MinPan=-40"
                        + "&PTZ.Limit.L1.MaxPan=40&PTZ.Limit.L1.MinTilt=-30");
                assertThat(update.body()).isEqualTo("OK\n");
                awaitPosition(cam, "pan=40\n"); // narrowing drives the head back inside
                visca.commandToCompletion(hex(absolute(0x18, 0x14, -90, -60)));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=-40\ntilt=-30\n");
                assertThat(nibbles(visca.inquiry(hex(PAN_TILT_INQ)))).isEqualTo(panTilt(-40, -30));
                // memory 4 (preset 5, stored at pan -45° before the limits) is recalled clamped to them
                visca.commandToCompletion(hex("81 01 04 3F 02 04 FF"));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=-40\ntilt=-10\nzoom=5000\n");

                // VISCA Pan-tiltLimitSet up-right (20°, 10°) writes the same settings VAPIX reads
                visca.commandToCompletion(hex("81 01 06 07 00 01 " + nibbleBytes(units(20)) + " "
                        + nibbleBytes(units(10)) + " FF"));
                assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=limits").body())
                        .startsWith("MinPan=-40\nMaxPan=20\nMinTilt=-30\nMaxTilt=10\n");
                visca.commandToCompletion(hex(absolute(0x18, 0x14, 90, 20)));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=20\ntilt=10\n");
                visca.commandToCompletion(hex("81 01 06 07 01 01 07 0F 0F 0F 07 0F 0F 0F FF"));
                assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=limits").body())
                        .startsWith("MinPan=-40\nMaxPan=180\nMinTilt=-30\nMaxTilt=20\n");
            }
        }
    }

    private static final String POWER_INQ = "81 09 04 00 FF";

    @Test
    void standbyBlacksOutEveryStreamAndRefusesViscaMovesUntilPowerOn() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"), "--visca-ip", "--visca-port", "0",
                "--visca-raw-port", "0", "--scene-time", "2026-06-21T12:00:00Z", "--scene-time-rate", "0");
             SonyViscaController visca = new SonyViscaController(
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), cam.viscaPorts()[0]))) {
            visca.reset();
            assertThat(snapshotLevel(cam, "on")).as("noon picture, powered on").isGreaterThan(40);

            visca.commandToCompletion(hex("81 01 04 00 03 FF")); // CAM_Power standby
            assertThat(nibbles(visca.inquiry(hex(POWER_INQ)))).as("PowerInq: standby").containsExactly(3);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    assertThat(snapshotLevel(cam, "standby")).as("JPEG snapshot in standby").isLessThan(1.0));
            assertThat(rtspLevel(cam, "standby")).as("H.264 over RTSP in standby").isLessThan(2.0);

            // Sony: in standby only power on and inquiries; every other command is "not executable"
            assertThat(visca.command(hex(absolute(0x18, 0x14, 30, 0))))
                    .isEqualTo(new ViscaReply.ErrorReply(1, ViscaError.NOT_EXECUTABLE));
            assertThat(visca.command(hex("81 01 04 07 02 FF"))) // zoom tele
                    .isEqualTo(new ViscaReply.ErrorReply(1, ViscaError.NOT_EXECUTABLE));
            assertThat(visca.command(hex("81 01 04 3F 01 00 FF"))) // memory set
                    .isEqualTo(new ViscaReply.ErrorReply(1, ViscaError.NOT_EXECUTABLE));
            assertThat(nibbles(visca.inquiry(hex(PAN_TILT_INQ)))).as("inquiries still answered").isEqualTo(panTilt(0, 0));
            assertThat(curl(cam, QUERY).body()).startsWith("pan=0\ntilt=0\nzoom=1\n");
            // VAPIX has no standby: it keeps the head (the picture stays black)
            vapix(cam, "pan=0&tilt=-5");
            awaitPosition(cam, "pan=0\ntilt=-5\n");
            assertThat(snapshotLevel(cam, "standby-moved")).isLessThan(1.0);

            visca.commandToCompletion(hex("81 01 04 00 02 FF")); // CAM_Power on
            assertThat(nibbles(visca.inquiry(hex(POWER_INQ)))).as("PowerInq: on").containsExactly(2);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    assertThat(snapshotLevel(cam, "on-again")).as("JPEG snapshot after power on").isGreaterThan(40));
            assertThat(rtspLevel(cam, "on-again")).as("H.264 over RTSP after power on").isGreaterThan(40);
            visca.commandToCompletion(hex(absolute(0x18, 0x14, 30, 0)));
            assertThat(curl(cam, QUERY).body()).startsWith("pan=30\ntilt=0\n");
        }
    }

    /** Mean of R, G and B over a decoded 640×360 JPEG snapshot, 0…255. */
    private double snapshotLevel(CameraProcess cam, String name) throws Exception {
        Path out = tmp.resolve(name + ".jpg");
        Curl.Reply r = Curl.run("-o", out.toString(), cam.http("/axis-cgi/jpg/image.cgi?resolution=640x360"));
        assertThat(r.status()).as("snapshot " + r.stderr()).isEqualTo(200);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.toFile());
        assertThat(image).as(out + " decodes").isNotNull();
        return ImageLevel.mean(image);
    }

    /** Mean luma of the first frame ffmpeg decodes from a fresh H.264 RTSP session, 0…255. */
    private double rtspLevel(CameraProcess cam, String name) throws Exception {
        Path out = tmp.resolve(name + ".gray");
        FfTools.Run r = FfTools.ffmpeg("-v", "error", "-y", "-rtsp_transport", "tcp", "-i",
                cam.rtspWithCredentials("/axis-media/media.amp?videocodec=h264&resolution=640x360"), "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "gray", out.toString());
        assertThat(r.exitCode()).as("ffmpeg: " + r.stderr()).isZero();
        byte[] luma = Files.readAllBytes(out);
        assertThat(luma).hasSize(640 * 360);
        long sum = 0;
        for (byte b : luma) {
            sum += b & 0xff;
        }
        return (double) sum / luma.length;
    }

    @Test
    void enablingViscaThroughParamCgiStartsTheListenersWithoutARestart() throws Exception {
        int sony;
        int raw;
        try (java.net.DatagramSocket a = new java.net.DatagramSocket(0); java.net.DatagramSocket b =
                new java.net.DatagramSocket(0)) {
            sony = a.getLocalPort();
            raw = b.getLocalPort();
        }
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"))) {
            assertThat(String.join("\n", cam.stdoutLines())).doesNotContain("VISCA");
            assertThat(curl(cam, "/api/security").body()).doesNotContain("VISCA");
            assertThat(curl(cam, "/axis-cgi/param.cgi?action=update&VISCA.IP.Enabled=yes&VISCA.IP.Port=" + sony
                    + "&VISCA.IP.RawPort=" + raw).body()).isEqualTo("OK\n");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(curl(cam, "/api/security").body())
                    .contains("VISCA over IP: full camera control on UDP " + sony + " and " + raw));
            try (SonyViscaController visca = new SonyViscaController(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), sony))) {
                visca.reset();
                visca.commandToCompletion(hex(absolute(0x18, 0x14, -30, 5)));
                assertThat(curl(cam, QUERY).body()).startsWith("pan=-30\ntilt=5\n");
            }
            assertThat(curl(cam, "/axis-cgi/param.cgi?action=update&VISCA.IP.Enabled=no").body()).isEqualTo("OK\n");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(curl(cam, "/api/security").body())
                    .doesNotContain("VISCA"));
        }
    }

    @Test
    void npmViscaOverIpClientDrivesTheRealCameraOnTheRawPort() throws Exception {
        Path nodeDir = Path.of("..", "visca", "src", "test", "node").toAbsolutePath().normalize();
        ExternalTool.require("node", "nodejs");
        if (!Files.isDirectory(nodeDir.resolve("node_modules").resolve("visca-over-ip"))) {
            ExternalTool.require("npm", "npm");
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(nodeDir.toFile())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("npm.log").toFile()).start();
            assertThat(install.waitFor()).as("npm ci: %s", Files.readString(tmp.resolve("npm.log"))).isZero();
        }
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"), "--visca-ip", "--visca-port", "0",
                "--visca-raw-port", "0")) {
            int raw = cam.viscaPorts()[1];
            Path out = tmp.resolve("client.out");
            Process client = new ProcessBuilder("node", "client.js", Integer.toString(raw)).directory(nodeDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(tmp.resolve("client.err").toFile()).start();
            assertThat(client.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("node client.js ends").isTrue();
            assertThat(client.exitValue()).as("node: %s", Files.readString(tmp.resolve("client.err"))).isZero();
            Map<String, JsonNode> steps = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readString(out).strip().split("\n")) {
                JsonNode n = json.readTree(line);
                steps.put(n.get("step").asText(), n);
            }
            // one absolute move (30°, 10°) and the inquiry that reads it back, through the third-party client
            assertThat(texts(steps.get("absolute").get("events"))).containsExactly("ack", "complete");
            assertThat(texts(steps.get("panTiltPosInq").get("raw"))).containsExactly("905000010b0000000900ff");
            assertThat(texts(steps.get("zoomPosInq").get("raw"))).containsExactly("905002000000ff");
            assertThat(texts(steps.get("presetRecall").get("events"))).containsExactly("ack", "complete");
            // the script ends by recalling memory 4 (stored at 30°, 10°, zoom 0x2000): VAPIX agrees
            assertThat(curl(cam, QUERY).body()).startsWith("pan=30\ntilt=10\nzoom=5000\n");
            assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=presetposall").body()).contains("presetposno5=");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
