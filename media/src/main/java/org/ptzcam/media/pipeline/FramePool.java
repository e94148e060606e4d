package org.ptzcam.media.pipeline;

import java.util.ArrayDeque;
import org.ptzcam.codec.YuvFrame;

/**
 * A small pool of equally sized frames. When every frame is still being encoded the capture loop
 * gets null and skips that capture rather than allocate: a slow encoder lowers its own frame rate,
 * it never grows memory.
 */
final class FramePool {

    private final int width;
    private final int height;
    private final ArrayDeque<SharedFrame> free = new ArrayDeque<>();
    private int created;
    private final int max;

    FramePool(int width, int height, int max) {
        this.width = width;
        this.height = height;
        this.max = max;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    synchronized SharedFrame acquire() {
        SharedFrame f = free.pollFirst();
        if (f == null && created < max) {
            created++;
            f = new SharedFrame(this, YuvFrame.allocate(width, height, 0));
        }
        if (f != null) {
            f.claim();
        }
        return f;
    }

    synchronized void giveBack(SharedFrame frame) {
        free.addFirst(frame);
    }
}
