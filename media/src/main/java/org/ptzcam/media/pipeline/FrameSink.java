package org.ptzcam.media.pipeline;

/** Something the capture loop feeds: an encoder worker. */
interface FrameSink {

    /** Takes over one reference of the frame; must not block. */
    void offer(SharedFrame frame);

    /** The frame rate this sink wants; the loop captures at the highest one wanted. */
    double wantedFps();

    /** The largest picture this sink needs, in capture orientation (before rotation). */
    int wantedWidth();

    int wantedHeight();
}
