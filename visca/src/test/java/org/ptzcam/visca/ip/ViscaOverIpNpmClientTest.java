package org.ptzcam.visca.ip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.ptzcam.visca.SimulatedViscaCamera;
import org.ptzcam.visca.Tools;
import org.ptzcam.visca.engine.ViscaEngine;

/**
 * The npm package {@code visca-over-ip} (MorphixProductions), an independent third-party client,
 * drives the raw-VISCA UDP port from node ({@code src/test/node/client.js}).
 */
class ViscaOverIpNpmClientTest {
    /** Relative to the module directory, surefire's working directory. */
    private static final Path NODE_DIR = Path.of("src", "test", "node");

    @Test
    void thirdPartyClientDrivesTheCameraOverRawUdp() throws Exception {
        Tools.requireTool("node");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("visca-over-ip"))) {
            Tools.requireTool("npm");
            Tools.Run install = Tools.run(NODE_DIR, 300, "npm", "ci", "--no-audit", "--no-fund");
            assertThat(install.exit()).as("npm ci: %s", install.err()).isZero();
        }
        try (SimulatedViscaCamera camera = new SimulatedViscaCamera();
             ViscaIpServer server = new ViscaIpServer(new ViscaEngine(camera),
                     new ViscaIpConfig("127.0.0.1", 0, 0, true), null)) {
            server.start();
            Tools.Run run = Tools.run(NODE_DIR, 180, "node", "client.js", String.valueOf(server.rawPort()));
            assertThat(run.exit()).as("node client.js: %s", run.err()).isZero();
            Map<String, JsonNode> steps = new LinkedHashMap<>();
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : run.out().strip().split("\n")) {
                JsonNode n = json.readTree(line);
                steps.put(n.get("step").asText(), n);
            }
            assertThat(steps).as(run.out()).containsOnlyKeys("powerInq", "absolute", "panTiltPosInq", "zoomDirect",
                    "zoomPosInq", "presetSet", "home", "presetRecall", "wbModeInq");

            assertThat(events(steps, "powerInq")).containsExactly("complete");
            assertThat(raw(steps, "powerInq")).containsExactly("905002ff");
            assertThat(events(steps, "absolute")).containsExactly("ack", "complete");
            assertThat(raw(steps, "absolute")).containsExactly("9041ff", "9051ff");
            assertThat(raw(steps, "panTiltPosInq")).containsExactly("905000010b0000000900ff");
            assertThat(events(steps, "zoomDirect")).containsExactly("ack", "complete");
            assertThat(raw(steps, "zoomPosInq")).containsExactly("905002000000ff");
            assertThat(events(steps, "presetSet")).containsExactly("ack", "complete");
            assertThat(events(steps, "home")).containsExactly("ack", "complete");
            assertThat(events(steps, "presetRecall")).containsExactly("ack", "complete");
            assertThat(events(steps, "wbModeInq")).containsExactly("error");
            assertThat(steps.get("wbModeInq").get("data").asText()).contains("syntax error");
            assertThat(raw(steps, "wbModeInq")).containsExactly("906002ff");

            assertThat(camera.state().panDegrees()).isCloseTo(30, Offset.offset(0.01));
            assertThat(camera.state().tiltDegrees()).isCloseTo(10, Offset.offset(0.01));
            assertThat(camera.state().zoomFactor()).isCloseTo(Math.sqrt(30), Offset.offset(0.01));
            assertThat(camera.commands()).contains("presetSet 5", "presetRecall 5");
        }
    }

    private static List<String> events(Map<String, JsonNode> steps, String step) {
        return texts(steps.get(step).get("events"));
    }

    private static List<String> raw(Map<String, JsonNode> steps, String step) {
        return texts(steps.get(step).get("raw"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
