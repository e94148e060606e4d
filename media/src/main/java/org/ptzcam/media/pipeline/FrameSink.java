package org.ptzcam.media.pipeline;

/** Something the capture loop feeds: an encoder worker. */
interface FrameSink {

    /** Takes over one reference of the frame (already turned by {@link #rotation()}); must not block. */
    void offer(SharedFrame frame);

    /** The frame rate this sink wants; the loop captures at the highest one wanted. */
    double wantedFps();

    /** The largest picture this sink needs, in capture orientation (before rotation). */
    int wantedWidth();

    int wantedHeight();

    /** 0, 90, 180 or 270: how the sink wants its frames turned (clockwise). */
    int rotation();

    /** kbit/s the sink produced over the last second, negative until it has run for a second ({@code #b}). */
    double bitrateKbps();
}
