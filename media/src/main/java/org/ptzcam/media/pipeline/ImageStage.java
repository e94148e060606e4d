package org.ptzcam.media.pipeline;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/** The image-settings stage between the world render and the encoders. */
public interface ImageStage {

    /** The view to render for this frame (e.g. with simulated wind shake). */
    ViewState viewToRender(ViewState requested, long sceneTimeMillis);

    /** Applies exposure, colour, noise… to the rendered frame in place. */
    void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis);

    /** No image processing: what the lens sees. */
    static ImageStage none() {
        return new ImageStage() {
            @Override
            public ViewState viewToRender(ViewState requested, long sceneTimeMillis) {
                return requested;
            }

            @Override
            public void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis) {
            }
        };
    }
}
