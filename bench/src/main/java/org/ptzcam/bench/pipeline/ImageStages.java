package org.ptzcam.bench.pipeline;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.image.ImageAdjustments;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.view.ViewState;

/** The image stages the live benchmark can run: the media image processor, or none. */
final class ImageStages {

    private ImageStages() {
    }

    /** {@link ImageProcessor} with factory-default adjustments, as the pipeline's image stage. */
    static ImageStage processor(double captureFps, long seed) {
        ImageProcessor p = new ImageProcessor(ImageAdjustments.defaults(), captureFps, seed);
        return new ImageStage() {
            @Override
            public ViewState viewToRender(ViewState requested, long sceneTimeMillis) {
                return p.viewToRender(requested, sceneTimeMillis);
            }

            @Override
            public void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis) {
                p.process(frame, rendered, sceneLux, sceneTimeMillis);
            }
        };
    }

    /** What {@link #processor} runs, for the report. */
    static String describeProcessor() {
        return "ImageProcessor with factory defaults " + ImageAdjustments.defaults()
                + " (stabilization off: the simulated wind shake moves the picture)";
    }
}
