package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and scene time give the same picture, in two separate camera processes. */
class SceneDeterminismIT {

    @TempDir
    Path tmp;

    private byte[] snapshot(String seed, String name) throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve(name), "--seed", seed,
                "--scene-time", "2026-06-21T15:30:00Z", "--scene-time-rate", "0")) {
            Path out = tmp.resolve(name + ".jpg");
            Curl.Reply r = Curl.run("-o", out.toString(),
                    cam.http("/axis-cgi/jpg/image.cgi?resolution=800x450&compression=20"));
            assertThat(r.exitCode()).isZero();
            return Files.readAllBytes(out);
        }
    }

    @Test
    void sameSeedAndTimeGiveTheSamePicture() throws Exception {
        byte[] first = snapshot("42", "a");
        byte[] second = snapshot("42", "b");
        byte[] otherSeed = snapshot("43", "c");
        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(otherSeed);
    }
}
