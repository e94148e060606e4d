package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VAPIX PTZ against the real jar, driven by curl (vapix.md §8). */
class PtzIT {

    @TempDir
    Path tmp;

    private static Curl.Reply curl(CameraProcess cam, String pathAndQuery) throws Exception {
        Curl.Reply r = Curl.run(cam.http(pathAndQuery));
        assertThat(r.exitCode()).as("curl " + pathAndQuery + ": " + r.stderr()).isZero();
        return r;
    }

    private static void command(CameraProcess cam, String query) throws Exception {
        Curl.Reply r = curl(cam, "/axis-cgi/com/ptz.cgi?" + query);
        assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(204);
    }

    /** Waits until query=position starts with the given pan/tilt/zoom lines (the move has ended). */
    private static void awaitPosition(CameraProcess cam, String panTiltZoom) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=position").body()).startsWith(panTiltZoom));
    }

    @Test
    void movesReachTheRequestedPositionAndLimitsClamp() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"))) {
            command(cam, "camera=1&pan=-135.25&tilt=-20&zoom=5000");
            awaitPosition(cam, "pan=-135.25\ntilt=-20\nzoom=5000\n");
            command(cam, "rpan=270&rtilt=5");
            awaitPosition(cam, "pan=134.75\ntilt=-15\nzoom=5000\n");
            command(cam, "continuouspantiltmove=0,-100&continuouszoommove=-100");
            awaitPosition(cam, "pan=134.75\ntilt=-90\nzoom=1\n");
            assertThat(curl(cam, "/axis-cgi/com/ptzconfig.cgi?setserverpresetname=Outside").status()).isEqualTo(204);
            command(cam, "move=home");
            awaitPosition(cam, "pan=0\ntilt=0\nzoom=1\n");

            Curl.Reply update = curl(cam, "/axis-cgi/param.cgi?action=update&PTZ.Limit.L1.MinPan=-40"
                    + "&PTZ.Limit.L1.MaxPan=40&PTZ.Limit.L1.MinTilt=-30&PTZ.Limit.L1.MaxZoom=3000");
            assertThat(update.body()).isEqualTo("OK\n");
            assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=limits").body())
                    .startsWith("MinPan=-40\nMaxPan=40\nMinTilt=-30\nMaxTilt=20\nMinZoom=1\nMaxZoom=3000\n");
            command(cam, "pan=170&tilt=-90&zoom=9999"); // nearer to the 40° end
            awaitPosition(cam, "pan=40\ntilt=-30\nzoom=3000\n");
            command(cam, "rpan=-360");
            awaitPosition(cam, "pan=-40\ntilt=-30\nzoom=3000\n");
            // a preset stored before the limits is recalled clamped to them (the presets path)
            command(cam, "gotoserverpresetname=Outside");
            awaitPosition(cam, "pan=40\ntilt=-30\nzoom=1\n");
            assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?pan=west").body()).isEqualTo("Error:pan: invalid value: west\n");
        }
    }

    @Test
    void presetsSurviveARestartOfTheProcess() throws Exception {
        Path dir = tmp.resolve("cam");
        try (CameraProcess cam = CameraProcess.start(dir)) {
            command(cam, "pan=77&tilt=-33&zoom=4444");
            awaitPosition(cam, "pan=77\ntilt=-33\nzoom=4444\n");
            assertThat(curl(cam, "/axis-cgi/com/ptzconfig.cgi?setserverpresetname=Harbour").status()).isEqualTo(204);
            assertThat(cam.stop()).isZero();
        }
        try (CameraProcess cam = CameraProcess.start(dir)) {
            assertThat(curl(cam, "/axis-cgi/com/ptz.cgi?query=presetposall").body())
                    .isEqualTo("Preset Positions for camera 1\npresetposno1=Home\npresetposno2=Harbour\n");
            assertThat(curl(cam, "/axis-cgi/param.cgi?action=list&group=PTZ.Preset.P0.Position.P2.Data").body())
                    .isEqualTo("root.PTZ.Preset.P0.Position.P2.Data=tilt=-33.000000:pan=77.000000:zoom=4444.000000\n");
            command(cam, "gotoserverpresetname=Harbour&speed=50");
            awaitPosition(cam, "pan=77\ntilt=-33\nzoom=4444\n");
        }
    }

    @Test
    void snapshotsFollowThePanAndMatchAgainOnReturn() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"), "--seed", "7",
                "--scene-time", "2026-06-21T12:00:00Z", "--scene-time-rate", "0")) {
            BufferedImage north = snapshotAt(cam, "pan=0&tilt=-5", "pan=0\ntilt=-5\n", "north");
            BufferedImage east = snapshotAt(cam, "pan=90&tilt=-5", "pan=90\ntilt=-5\n", "east");
            BufferedImage northAgain = snapshotAt(cam, "pan=0&tilt=-5", "pan=0\ntilt=-5\n", "north-again");
            double sameView = meanDifference(north, northAgain);
            double otherView = meanDifference(north, east);
            // even with the scene frozen, exposure and sensor grain keep the picture from being
            // bit-identical frame to frame (a few levels), so "match" is relative to a turn's change
            assertThat(otherView).as("pan 0 vs pan 90").isGreaterThan(10);
            assertThat(sameView).as("pan 0 before and after the round trip, vs %s for pan 90", otherView)
                    .isLessThan(otherView / 3);
        }
    }

    private BufferedImage snapshotAt(CameraProcess cam, String move, String expected, String name) throws Exception {
        command(cam, move);
        awaitPosition(cam, expected);
        // auto exposure adapts to the new view over about a second of frames: take pictures until
        // two in a row agree, i.e. the head has arrived in the video and the exposure has settled
        BufferedImage[] last = new BufferedImage[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            BufferedImage now = snapshot(cam, tmp.resolve(name + ".jpg"));
            boolean settled = last[0] != null && meanDifference(last[0], now) < 0.5;
            last[0] = now;
            return settled;
        });
        return last[0];
    }

    private static BufferedImage snapshot(CameraProcess cam, Path out) throws Exception {
        Curl.Reply r = Curl.run("-o", out.toString(), cam.http("/axis-cgi/jpg/image.cgi?resolution=640x360"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image).as(out + " decodes").isNotNull();
        return image;
    }

    /** Mean absolute difference of the luma-ish sum of RGB, per pixel, 0…255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
