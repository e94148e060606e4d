package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.visca.serial.SocatPtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real camera processes daisy-chained over socat pty pairs:
 * test controller ⇄ [IN camera 1 (in-chain) OUT] ⇄ [IN camera 2 (endpoint)]. Address Set numbers
 * them; a command for address 2 moves only the second camera, as both cameras' VAPIX shows.
 */
class ViscaSerialIT {

    @TempDir
    Path tmp;

    private static String position(CameraProcess cam) throws Exception {
        Curl.Reply r = Curl.run(cam.http("/axis-cgi/com/ptz.cgi?query=position"));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.body();
    }

    @Test
    void addressSetNumbersTheChainAndAddressTwoMovesOnlyTheSecondCamera() throws Exception {
        try (SocatPtyPair line1 = new SocatPtyPair(tmp, "controller-cam1");
             SocatPtyPair line2 = new SocatPtyPair(tmp, "cam1-cam2");
             SerialViscaController controller = new SerialViscaController(line1.a);
             CameraProcess cam2 = CameraProcess.start(tmp.resolve("cam2"), "--visca-serial", line2.b,
                     "--visca-position", "endpoint");
             CameraProcess cam1 = CameraProcess.start(tmp.resolve("cam1"), "--visca-serial", line1.b,
                     "--visca-position", "in-chain", "--visca-out", line2.a)) {
            assertThat(String.join("\n", cam1.stdoutLines())).contains("VISCA  serial " + line1.b + " at 9600 baud, in-chain");
            // start-up announcements (Network Change, the second one relayed if it was still on the line)
            List<String> announced = new ArrayList<>();
            for (String m = controller.poll(2000); m != null; m = controller.poll(1000)) {
                announced.add(m);
            }
            assertThat(announced).isNotEmpty().allMatch("90 38 FF"::equals);

            assertThat(controller.exchange("88 30 01 FF")).as("two cameras: next free address 3").isEqualTo("88 30 03 FF");
            assertThat(controller.exchange("88 01 00 01 FF")).isEqualTo("88 01 00 01 FF");

            // camera 2: absolute pan 30° tilt 10° (14.4 units per degree)
            controller.send("82 01 06 02 18 14 00 01 0B 00 00 00 09 00 FF");
            assertThat(controller.next()).isEqualTo("A0 41 FF");
            assertThat(controller.next()).isEqualTo("A0 51 FF");
            assertThat(position(cam2)).startsWith("pan=30\ntilt=10\nzoom=1\n");
            assertThat(position(cam1)).as("camera 1 did not move").startsWith("pan=0\ntilt=0\nzoom=1\n");
            assertThat(controller.exchange("82 09 06 12 FF")).isEqualTo("A0 50 00 01 0B 00 00 00 09 00 FF");
            assertThat(controller.exchange("81 09 06 12 FF")).isEqualTo("90 50 00 00 00 00 00 00 00 00 FF");

            // camera 1: zoom direct 0x2000; camera 2 untouched
            controller.send("81 01 04 47 02 00 00 00 FF");
            assertThat(controller.next()).isEqualTo("90 41 FF");
            assertThat(controller.next()).isEqualTo("90 51 FF");
            assertThat(position(cam1)).startsWith("pan=0\ntilt=0\nzoom=5000\n");
            assertThat(position(cam2)).startsWith("pan=30\ntilt=10\nzoom=1\n");

            // an error comes from the camera addressed
            assertThat(controller.exchange("82 01 04 99 FF")).isEqualTo("A0 60 02 FF");
            await().atMost(Duration.ofSeconds(5)).until(() -> controller.poll(300) == null);
        }
    }
}
