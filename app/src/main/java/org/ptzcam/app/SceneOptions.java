package org.ptzcam.app;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the camera looks at and which time it shows.
 *
 * @param panorama       an equirectangular image to use as the world, or null for the simulated one
 * @param seed           the simulated world's seed: same seed + same scene time = same picture
 * @param sceneStart     scene time when the camera starts, or null for the device clock
 * @param sceneTimeRate  scene seconds per real second (0 freezes the scene)
 * @param lineInFile     the audio file "plugged into" line-in, or null for nothing (silence)
 * @param wind           how much wind shakes the mount, 0 (calm) to 1 (an exposed mast in gusts)
 */
public record SceneOptions(Path panorama, long seed, Instant sceneStart, double sceneTimeRate, Path lineInFile,
                           double wind) {

    public static SceneOptions defaults() {
        return new SceneOptions(null, 1, null, 1, null, 0);
    }
}
