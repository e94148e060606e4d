package org.ptzcam.visca.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.visca.SimulatedViscaCamera;
import org.ptzcam.visca.engine.ViscaEngine;

/**
 * Two cameras daisy-chained over socat pty pairs: controller ⇄ [IN camera A OUT] ⇄ [IN camera B].
 * A is in chain, B the endpoint; a test controller numbers them with Address Set and then talks
 * to each by address.
 */
class ViscaSerialChainTest {

    @Test
    void addressSetNumbersTheChainAndEachAddressMovesOnlyItsCamera(@TempDir Path dir) throws Exception {
        try (SocatPtyPair line1 = new SocatPtyPair(dir, "controller-a");
             SocatPtyPair line2 = new SocatPtyPair(dir, "a-b");
             SimulatedViscaCamera camA = new SimulatedViscaCamera("A");
             SimulatedViscaCamera camB = new SimulatedViscaCamera("B");
             SerialController controller = new SerialController(line1.a);
             ViscaSerialTransport b = ViscaSerialTransport.open(new ViscaEngine(camB),
                     new ViscaSerialConfig(line2.b, 9600, SerialPosition.ENDPOINT, null));
             ViscaSerialTransport a = ViscaSerialTransport.open(new ViscaEngine(camA),
                     new ViscaSerialConfig(line1.b, 9600, SerialPosition.IN_CHAIN, line2.a))) {
            b.start();
            a.start();
            // both announce themselves with Network Change (B's relayed by A), still at address 1
            assertThat(java.util.List.of(controller.next(), controller.next())).containsExactly("90 38 FF", "90 38 FF");

            assertThat(controller.exchange("88 30 01 FF")).as("two cameras: next free address 3").isEqualTo("88 30 03 FF");
            assertThat(a.address()).isEqualTo(1);
            assertThat(b.address()).isEqualTo(2);
            assertThat(controller.exchange("88 01 00 01 FF")).isEqualTo("88 01 00 01 FF");

            // camera 2: absolute pan 30° tilt 10°
            controller.send("82 01 06 02 18 14 00 01 0B 00 00 00 09 00 FF");
            assertThat(controller.next()).isEqualTo("A0 41 FF");
            assertThat(controller.next()).isEqualTo("A0 51 FF");
            assertThat(controller.exchange("82 09 06 12 FF")).isEqualTo("A0 50 00 01 0B 00 00 00 09 00 FF");
            assertThat(controller.exchange("81 09 06 12 FF")).isEqualTo("90 50 00 00 00 00 00 00 00 00 FF");
            assertThat(camB.state().panDegrees()).isCloseTo(30, Offset.offset(0.01));
            assertThat(camA.commands()).as("only the broadcast IF_Clear reached camera 1").containsExactly("stopAll");

            // camera 1: zoom direct; camera 2 untouched
            controller.send("81 01 04 47 02 00 00 00 FF");
            assertThat(controller.next()).isEqualTo("90 41 FF");
            assertThat(controller.next()).isEqualTo("90 51 FF");
            assertThat(camA.state().zoomFactor()).isCloseTo(Math.sqrt(30), Offset.offset(0.01));
            assertThat(camB.state().zoomFactor()).isCloseTo(1, Offset.offset(0.001));

            // errors come from the camera addressed; an absent address gets no answer
            assertThat(controller.exchange("82 01 04 99 FF")).isEqualTo("A0 60 02 FF");
            controller.send("83 09 04 00 FF");
            assertThat(controller.nothingWithin(500)).isTrue();
            // line noise: 20 bytes without FF cost one length error, then the line works again
            controller.send("81 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01");
            controller.send("FF");
            assertThat(controller.next()).isEqualTo("90 60 01 FF");
            assertThat(controller.exchange("81 09 04 00 FF")).isEqualTo("90 50 02 FF");
        }
    }

    @Test
    void pointToPointAnswersAnyAddressAndReturnsAddressSet(@TempDir Path dir) throws Exception {
        try (SocatPtyPair line = new SocatPtyPair(dir, "p2p");
             SimulatedViscaCamera cam = new SimulatedViscaCamera("solo");
             SerialController controller = new SerialController(line.a);
             ViscaSerialTransport t = ViscaSerialTransport.open(new ViscaEngine(cam),
                     new ViscaSerialConfig(line.b, 38400, SerialPosition.POINT_TO_POINT, null))) {
            t.start();
            assertThat(controller.next()).isEqualTo("90 38 FF");
            assertThat(controller.exchange("88 30 01 FF")).isEqualTo("88 30 02 FF");
            assertThat(controller.exchange("88 01 00 01 FF")).isEqualTo("88 01 00 01 FF");
            assertThat(controller.exchange("83 09 04 00 FF")).isEqualTo("90 50 02 FF");
        }
    }
}
