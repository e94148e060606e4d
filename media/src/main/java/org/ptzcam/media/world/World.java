package org.ptzcam.media.world;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/**
 * What the camera looks at: renders the view for a scene time into a frame. Implementations are
 * deterministic — the same world, view and time give bit-identical frames — and render what the
 * lens sees before any image settings; exposure, colour, noise and overlays are later stages that
 * take the frame (and {@link #sceneLightLux}) as input.
 *
 * <p>An instance keeps scratch buffers: render one frame at a time per instance (calls are
 * serialised); use one instance per camera.
 */
public interface World {

    /** Renders the view at a scene time (epoch milliseconds) into {@code out}, any even size. */
    void render(YuvFrame out, ViewState view, long sceneTimeMillis);

    /** Illuminance of the scene at a time, for exposure and day/night switching. */
    double sceneLightLux(long sceneTimeMillis);
}
