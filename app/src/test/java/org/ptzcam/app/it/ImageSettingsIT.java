package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Video > Image settings changed through param.cgi show in the very next snapshot, measured on pixels. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageSettingsIT {

    @TempDir
    static Path tmp;

    private CameraProcess camera;
    private int shot;

    @BeforeAll
    void start() throws Exception {
        camera = CameraProcess.start(tmp.resolve("cam"), "--seed", "9", "--scene-time", "2026-06-21T13:00:00Z",
                "--scene-time-rate", "0");
    }

    @AfterAll
    void stop() throws Exception {
        camera.close();
    }

    private void set(String query) throws Exception {
        assertThat(Curl.run(camera.http("/axis-cgi/param.cgi?action=update&" + query)).body()).isEqualTo("OK\n");
    }

    /** The snapshot decoded by ffmpeg to planar YUV 4:4:4: {mean Y, mean |U-128| + |V-128|}. */
    private double[] measure() throws Exception {
        Path jpeg = tmp.resolve("shot" + (++shot) + ".jpg");
        Path raw = tmp.resolve("shot" + shot + ".yuv");
        Curl.run("-o", jpeg.toString(), camera.http("/axis-cgi/jpg/image.cgi?resolution=320x180"));
        FfTools.Run r = FfTools.ffmpeg("-v", "error", "-y", "-i", jpeg.toString(), "-f", "rawvideo", "-pix_fmt",
                "yuv444p", raw.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        byte[] px = Files.readAllBytes(raw);
        int n = 320 * 180;
        double y = 0;
        double chroma = 0;
        for (int i = 0; i < n; i++) {
            y += px[i] & 0xff;
            chroma += Math.abs((px[n + i] & 0xff) - 128) + Math.abs((px[2 * n + i] & 0xff) - 128);
        }
        return new double[] {y / n, chroma / n};
    }

    @Test
    void brightnessRaisesMeanLuma() throws Exception {
        set("ImageSource.I0.Sensor.Brightness=20");
        double dark = measure()[0];
        set("ImageSource.I0.Sensor.Brightness=80");
        double bright = measure()[0];
        set("ImageSource.I0.Sensor.Brightness=50");
        assertThat(bright).isGreaterThan(dark + 20);
    }

    @Test
    void nightModeAndZeroColorLevelAreGrey() throws Exception {
        double colourful = measure()[1];
        set("ImageSource.I0.DayNight.Mode=night");
        double night = measure()[1];
        set("ImageSource.I0.DayNight.Mode=day&ImageSource.I0.Sensor.ColorLevel=0");
        double noColour = measure()[1];
        set("ImageSource.I0.DayNight.Mode=auto&ImageSource.I0.Sensor.ColorLevel=50");
        assertThat(colourful).isGreaterThan(5);
        assertThat(night).isLessThan(1.5);
        assertThat(noColour).isLessThan(1.5);
    }
}
