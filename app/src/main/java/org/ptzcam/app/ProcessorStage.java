package org.ptzcam.app;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.view.ViewState;

/** The media image processor plugged into the pipeline's image stage. */
record ProcessorStage(ImageProcessor processor) implements ImageStage {

    @Override
    public ViewState viewToRender(ViewState requested, long sceneTimeMillis) {
        return processor.viewToRender(requested, sceneTimeMillis);
    }

    @Override
    public void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis) {
        processor.process(frame, rendered, sceneLux, sceneTimeMillis);
    }
}
