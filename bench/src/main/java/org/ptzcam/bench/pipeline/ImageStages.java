package org.ptzcam.bench.pipeline;

import org.ptzcam.media.image.ImageAdjustments;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.pipeline.ImageStage;

/** The image stages the live benchmark can run: the media image processor, or none. */
final class ImageStages {

    /** The camera's default mount: calm (`ptzcam run --wind 0`). */
    static final double DEFAULT_WIND = 0;

    private ImageStages() {
    }

    /** {@link ImageProcessor} with factory-default adjustments, on a mount shaken by {@code wind} (0..1). */
    static ImageStage processor(double captureFps, long seed, double wind) {
        return new ImageProcessor(ImageAdjustments.defaults(), captureFps, seed, wind);
    }

    /** What {@link #processor} runs, for the report. */
    static String describeProcessor(double wind) {
        return "ImageProcessor with factory defaults " + ImageAdjustments.defaults() + ", wind " + wind
                + (wind > 0 ? " (the shake moves every pixel: more bits and encoder CPU)" : " (calm mount)");
    }
}
