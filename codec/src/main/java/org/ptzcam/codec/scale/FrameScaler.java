package org.ptzcam.codec.scale;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * Resizes I420 frames with swscale: {@code srcWidth x srcHeight} to {@code dstWidth x dstHeight}.
 *
 * <p>Both sides are full-range I420, so only the size changes, never the levels. The native
 * context and the pointer arrays are allocated once; scaling allocates nothing native. Not
 * thread-safe: one scaler per thread.
 */
public final class FrameScaler implements AutoCloseable {

    /** Interpolation used for resizing. */
    public enum Filter {
        /** Cheapest; good enough for down-scaling by up to 2x. */
        BILINEAR(SWS_BILINEAR),
        /** Sharper; the usual choice for up-scaling and large down-scaling ratios. */
        BICUBIC(SWS_BICUBIC);

        final int swsFlag;

        Filter(int swsFlag) {
            this.swsFlag = swsFlag;
        }
    }

    private final int srcWidth;
    private final int srcHeight;
    private final int dstWidth;
    private final int dstHeight;
    private final SwsContext context;
    private final PointerPointer<BytePointer> srcData = new PointerPointer<>(4);
    private final IntPointer srcStride = new IntPointer(4);
    private final PointerPointer<BytePointer> dstData = new PointerPointer<>(4);
    private final IntPointer dstStride = new IntPointer(4);
    private boolean closed;

    public FrameScaler(int srcWidth, int srcHeight, int dstWidth, int dstHeight, Filter filter) {
        FFmpeg.ensureLoaded();
        this.srcWidth = srcWidth;
        this.srcHeight = srcHeight;
        this.dstWidth = dstWidth;
        this.dstHeight = dstHeight;
        context = sws_getContext(srcWidth, srcHeight, AV_PIX_FMT_YUV420P, dstWidth, dstHeight,
                AV_PIX_FMT_YUV420P, filter.swsFlag, null, null, (DoublePointer) null);
        if (context == null || context.isNull()) {
            close();
            throw new CodecException("sws_getContext failed for " + srcWidth + "x" + srcHeight
                    + " -> " + dstWidth + "x" + dstHeight);
        }
    }

    /** Scales {@code src} into a newly allocated frame with the same capture time. */
    public YuvFrame scale(YuvFrame src) {
        requireOpen();
        YuvFrame dst = YuvFrame.allocate(dstWidth, dstHeight, src.captureNanos());
        scale(src, dst);
        return dst;
    }

    /** Scales {@code src} into the caller's {@code dst} frame (of the destination size). */
    public void scale(YuvFrame src, YuvFrame dst) {
        requireOpen();
        if (dst.width() != dstWidth || dst.height() != dstHeight) {
            throw new IllegalArgumentException("destination must be " + dstWidth + "x" + dstHeight);
        }
        setPlanes(dstData, dstStride, dst);
        run(src);
    }

    /** Scales {@code src} straight into an allocated I420 AVFrame, e.g. an encoder's input frame. */
    public void scale(YuvFrame src, AVFrame dst) {
        requireOpen();
        if (dst.width() != dstWidth || dst.height() != dstHeight) {
            throw new IllegalArgumentException("destination must be " + dstWidth + "x" + dstHeight);
        }
        for (int i = 0; i < 3; i++) {
            dstData.put(i, dst.data(i));
            dstStride.put(i, dst.linesize(i));
        }
        run(src);
    }

    public int srcWidth() {
        return srcWidth;
    }

    public int srcHeight() {
        return srcHeight;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("scaler closed");
        }
    }

    private void run(YuvFrame src) {
        if (src.width() != srcWidth || src.height() != srcHeight) {
            throw new IllegalArgumentException("source is " + src.width() + "x" + src.height()
                    + ", this scaler expects " + srcWidth + "x" + srcHeight);
        }
        setPlanes(srcData, srcStride, src);
        int rows = sws_scale(context, srcData, srcStride, 0, srcHeight, dstData, dstStride);
        FFmpeg.check(rows, "sws_scale");
    }

    private static void setPlanes(PointerPointer<BytePointer> data, IntPointer stride, YuvFrame f) {
        // Planes start at index 0 whatever the buffers' positions, as everywhere for YuvFrame.
        data.put(0, new BytePointer(f.y()).position(0));
        data.put(1, new BytePointer(f.u()).position(0));
        data.put(2, new BytePointer(f.v()).position(0));
        stride.put(0, f.width());
        stride.put(1, f.width() / 2);
        stride.put(2, f.width() / 2);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (context != null && !context.isNull()) {
            sws_freeContext(context);
        }
        srcData.close();
        srcStride.close();
        dstData.close();
        dstStride.close();
    }
}
