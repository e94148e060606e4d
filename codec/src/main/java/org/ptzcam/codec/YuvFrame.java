package org.ptzcam.codec;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One picture in planar YUV 4:2:0 (I420), full range (0–255, BT.601 "JPEG" levels).
 *
 * <p>The planes are direct buffers so FFmpeg can read them without a copy. Width and height are
 * even. Strides equal the plane widths ({@code width} for Y, {@code width / 2} for U and V), so a
 * plane is one contiguous block: Y is {@code width * height} bytes, U and V {@code width * height / 4}.
 *
 * @param width        luma width in pixels, even
 * @param height       luma height in pixels, even
 * @param y            luma plane, position 0, limit {@code width * height}
 * @param u            Cb plane
 * @param v            Cr plane
 * @param captureNanos capture time on the source's monotonic clock, in nanoseconds; encoders
 *                     derive presentation timestamps from it
 */
public record YuvFrame(int width, int height, ByteBuffer y, ByteBuffer u, ByteBuffer v, long captureNanos) {

    public YuvFrame {
        if (width <= 0 || height <= 0 || (width & 1) != 0 || (height & 1) != 0) {
            throw new IllegalArgumentException("frame size must be positive and even: " + width + "x" + height);
        }
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(u, "u");
        Objects.requireNonNull(v, "v");
        if (y.capacity() < width * height || u.capacity() < width * height / 4 || v.capacity() < width * height / 4) {
            throw new IllegalArgumentException("planes too small for " + width + "x" + height);
        }
    }

    /** A new frame with freshly allocated direct planes, all black (Y=0, U=V=128). */
    public static YuvFrame allocate(int width, int height, long captureNanos) {
        ByteBuffer y = ByteBuffer.allocateDirect(width * height);
        ByteBuffer u = ByteBuffer.allocateDirect(width * height / 4);
        ByteBuffer v = ByteBuffer.allocateDirect(width * height / 4);
        for (int i = 0; i < u.capacity(); i++) {
            u.put(i, (byte) 128);
            v.put(i, (byte) 128);
        }
        return new YuvFrame(width, height, y, u, v, captureNanos);
    }

    /** The same planes stamped with another capture time. */
    public YuvFrame withCaptureNanos(long nanos) {
        return new YuvFrame(width, height, y, u, v, nanos);
    }
}
