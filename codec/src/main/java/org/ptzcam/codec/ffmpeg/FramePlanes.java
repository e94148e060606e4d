package org.ptzcam.codec.ffmpeg;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.YuvFrame;

/**
 * Copies I420 pixels between {@link YuvFrame}s (contiguous planes) and AVFrames (padded rows).
 *
 * <p>Plain Java bulk copies on direct-buffer views of the native planes: no JNI call per row and
 * no native allocation. When the AVFrame rows are unpadded a plane is copied in one block.
 */
public final class FramePlanes {

    private FramePlanes() {
    }

    /** Copies {@code src} into the I420 AVFrame {@code dst}, which must have the same size. */
    public static void copy(YuvFrame src, AVFrame dst) {
        requireSameSize(src, dst);
        copyPlane(src.y(), src.width(), src.height(), view(dst, 0, src.height()), dst.linesize(0));
        copyPlane(src.u(), src.width() / 2, src.height() / 2, view(dst, 1, src.height() / 2), dst.linesize(1));
        copyPlane(src.v(), src.width() / 2, src.height() / 2, view(dst, 2, src.height() / 2), dst.linesize(2));
    }

    /** A new YuvFrame holding a copy of the I420 AVFrame {@code src}. */
    public static YuvFrame toYuvFrame(AVFrame src, long captureNanos) {
        int w = src.width();
        int h = src.height();
        YuvFrame out = YuvFrame.allocate(w, h, captureNanos);
        readPlane(view(src, 0, h), src.linesize(0), out.y(), w, h);
        readPlane(view(src, 1, h / 2), src.linesize(1), out.u(), w / 2, h / 2);
        readPlane(view(src, 2, h / 2), src.linesize(2), out.v(), w / 2, h / 2);
        return out;
    }

    /** A ByteBuffer over plane {@code i} of an AVFrame, {@code rows} rows of its linesize. */
    static ByteBuffer view(AVFrame frame, int i, int rows) {
        long size = (long) frame.linesize(i) * rows;
        return frame.data(i).capacity(size).asByteBuffer();
    }

    private static void copyPlane(ByteBuffer src, int width, int rows, ByteBuffer dst, int dstStride) {
        if (dstStride == width) {
            dst.put(0, src, 0, width * rows);
            return;
        }
        for (int r = 0; r < rows; r++) {
            dst.put(r * dstStride, src, r * width, width);
        }
    }

    private static void readPlane(ByteBuffer src, int srcStride, ByteBuffer dst, int width, int rows) {
        if (srcStride == width) {
            dst.put(0, src, 0, width * rows);
            return;
        }
        for (int r = 0; r < rows; r++) {
            dst.put(r * width, src, r * srcStride, width);
        }
    }

    private static void requireSameSize(YuvFrame src, AVFrame dst) {
        if (src.width() != dst.width() || src.height() != dst.height()) {
            throw new IllegalArgumentException("frame is " + src.width() + "x" + src.height()
                    + " but the target is " + dst.width() + "x" + dst.height());
        }
    }
}
