package org.ptzcam.media.world;

import java.util.Arrays;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/**
 * The last painted frame (before defocus), kept so that the next frame of the same view, size and
 * daylight repaints only the rows that moving entries (actors, sky objects) cross in either frame.
 * Every other row was painted from the same static entries with the same light, so it is equal
 * byte for byte to a fresh paint: the cache changes cost, never output.
 */
final class FrameCache {

    private int width = -1, height = -1;
    private double pan, tilt, zoom;
    private Daylight light;
    private boolean valid;
    private byte[] y = new byte[0], u = new byte[0], v = new byte[0];
    private byte[] dirtyNow = new byte[0], dirtyBefore = new byte[0];

    /**
     * Starts a frame: whether the last one had the same view (ignoring focus), size and daylight.
     * Call {@link #markDynamic} next.
     */
    void begin(ViewState view, int w, int h, Daylight d) {
        boolean same = valid && w == width && h == height && view.panDeg() == pan && view.tiltDeg() == tilt
                && view.zoom() == zoom && d.equals(light);
        if (w != width || h != height) {
            width = w;
            height = h;
            y = new byte[w * h];
            u = new byte[w / 2 * (h / 2)];
            v = new byte[u.length];
            dirtyNow = new byte[h];
            dirtyBefore = new byte[h];
        }
        pan = view.panDeg();
        tilt = view.tiltDeg();
        zoom = view.zoom();
        light = d;
        byte[] t = dirtyBefore;
        dirtyBefore = dirtyNow;
        dirtyNow = t;
        Arrays.fill(dirtyNow, (byte) 0);
        if (!same) {
            Arrays.fill(dirtyBefore, (byte) 1);
        }
        valid = false; // until the frame is finished
    }

    /** Records the rows the moving entries of this frame's list cross. */
    void markDynamic(DisplayList list) {
        list.markDynamicRows(dirtyNow);
    }

    /** Whether luma row r (and, for odd r, chroma row r / 2) must be painted. */
    boolean paintRow(int r) {
        return (dirtyNow[r] | dirtyBefore[r]) != 0;
    }

    /** Whether any luma row in [r0, r1) must be painted. */
    boolean paintAny(int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            if (paintRow(r)) {
                return true;
            }
        }
        return false;
    }

    void storeLuma(int r, byte[] row) {
        System.arraycopy(row, 0, y, r * width, width);
    }

    void storeChroma(int r, byte[] ru, byte[] rv) {
        System.arraycopy(ru, 0, u, r * (width / 2), width / 2);
        System.arraycopy(rv, 0, v, r * (width / 2), width / 2);
    }

    /** Copies the finished frame out; it becomes the reference for the next one. */
    void finish(YuvFrame out) {
        out.y().put(0, y);
        out.u().put(0, u);
        out.v().put(0, v);
        valid = true;
    }
}
