package org.ptzcam.media.pipeline;

import java.nio.ByteBuffer;
import org.ptzcam.codec.YuvFrame;

/** Rotates I420 frames clockwise by 90, 180 or 270 degrees (90/270 swap width and height). */
public final class FrameRotation {

    private FrameRotation() {
    }

    /** Output width for a rotation. */
    public static int rotatedWidth(int width, int height, int degrees) {
        return degrees == 90 || degrees == 270 ? height : width;
    }

    public static int rotatedHeight(int width, int height, int degrees) {
        return degrees == 90 || degrees == 270 ? width : height;
    }

    /** Writes {@code src} rotated into {@code dst}, which must have the rotated size. */
    public static void rotate(YuvFrame src, int degrees, YuvFrame dst) {
        if (degrees != 90 && degrees != 180 && degrees != 270) {
            throw new IllegalArgumentException("rotation must be 90, 180 or 270, not " + degrees);
        }
        if (dst.width() != rotatedWidth(src.width(), src.height(), degrees)
                || dst.height() != rotatedHeight(src.width(), src.height(), degrees)) {
            throw new IllegalArgumentException("destination has the wrong size");
        }
        plane(src.y(), src.width(), src.height(), degrees, dst.y());
        plane(src.u(), src.width() / 2, src.height() / 2, degrees, dst.u());
        plane(src.v(), src.width() / 2, src.height() / 2, degrees, dst.v());
    }

    private static void plane(ByteBuffer in, int w, int h, int degrees, ByteBuffer out) {
        byte[] row = new byte[w];
        int outW = degrees == 180 ? w : h;
        for (int y = 0; y < h; y++) {
            in.get(y * w, row, 0, w);
            switch (degrees) {
                case 180 -> {
                    int base = (h - 1 - y) * w + (w - 1);
                    for (int x = 0; x < w; x++) {
                        out.put(base - x, row[x]);
                    }
                }
                case 90 -> { // (x, y) -> (h-1-y, x)
                    int col = h - 1 - y;
                    for (int x = 0; x < w; x++) {
                        out.put(x * outW + col, row[x]);
                    }
                }
                default -> { // 270: (x, y) -> (y, w-1-x)
                    for (int x = 0; x < w; x++) {
                        out.put((w - 1 - x) * outW + y, row[x]);
                    }
                }
            }
        }
    }
}
