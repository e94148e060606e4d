package org.ptzcam.codec.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.scale.FrameScaler;
import org.ptzcam.codec.scale.FrameScaler.Filter;

/**
 * Scales encoder input of any size to the configured size, keeping one {@link FrameScaler} for
 * the current source size and replacing it when the source size changes (e.g. new capture mode).
 */
final class InputScaler implements AutoCloseable {

    private final int width;
    private final int height;
    private FrameScaler scaler;

    InputScaler(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void scale(YuvFrame src, AVFrame dst) {
        if (scaler == null || scaler.srcWidth() != src.width() || scaler.srcHeight() != src.height()) {
            close();
            scaler = new FrameScaler(src.width(), src.height(), width, height, filterFor(src));
        }
        scaler.scale(src, dst);
    }

    /** Bilinear for down-scaling up to 2x (cheap, no aliasing yet); bicubic otherwise. */
    private Filter filterFor(YuvFrame src) {
        boolean down = src.width() >= width && src.height() >= height;
        boolean mild = src.width() <= 2 * width && src.height() <= 2 * height;
        return down && mild ? Filter.BILINEAR : Filter.BICUBIC;
    }

    @Override
    public void close() {
        if (scaler != null) {
            scaler.close();
            scaler = null;
        }
    }
}
