package org.ptzcam.media.world;

import java.util.Arrays;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/**
 * The last painted frame (before defocus), kept so that the next frame of the same view, size and
 * daylight repaints, on each row, only the columns that moving entries (actors, sky objects) reach
 * in either frame. Every other pixel was painted from the same static entries with the same light,
 * and painting is column-exact (see {@link ScenePainter}), so frames equal a fresh paint byte for
 * byte: the cache changes cost, never output.
 */
final class FrameCache {

    private int width = -1, height = -1;
    private double pan, tilt, zoom;
    private Daylight light;
    private boolean valid;
    private byte[] y = new byte[0], u = new byte[0], v = new byte[0];
    // per luma row, columns [lo, hi) to repaint: moving entries of this frame and of the last one
    private int[] loNow = new int[0], hiNow = new int[0], loBefore = new int[0], hiBefore = new int[0];

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
            loNow = new int[h];
            hiNow = new int[h];
            loBefore = new int[h];
            hiBefore = new int[h];
        }
        pan = view.panDeg();
        tilt = view.tiltDeg();
        zoom = view.zoom();
        light = d;
        int[] t = loBefore;
        loBefore = loNow;
        loNow = t;
        t = hiBefore;
        hiBefore = hiNow;
        hiNow = t;
        Arrays.fill(loNow, w);
        Arrays.fill(hiNow, 0);
        if (!same) {
            Arrays.fill(loBefore, 0);
            Arrays.fill(hiBefore, w);
        }
        valid = false; // until the frame is finished
    }

    /** Records where the moving entries of this frame's list are. */
    void markDynamic(DisplayList list) {
        list.markDynamic(loNow, hiNow, width);
    }

    /** First luma column (even) of row r to paint; ≥ {@link #end} if none. */
    int start(int r) {
        return Math.min(loNow[r], loBefore[r]);
    }

    /** End (even) of the columns of luma row r (and for odd r, twice those of chroma row r / 2) to paint. */
    int end(int r) {
        return Math.max(hiNow[r], hiBefore[r]);
    }

    /** Whether any luma row in [r0, r1) must be painted. */
    boolean paintAny(int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            if (start(r) < end(r)) {
                return true;
            }
        }
        return false;
    }

    void storeLuma(int r, byte[] row, int a, int b) {
        System.arraycopy(row, a, y, r * width + a, b - a);
    }

    void storeChroma(int r, byte[] ru, byte[] rv, int a, int b) {
        System.arraycopy(ru, a, u, r * (width / 2) + a, b - a);
        System.arraycopy(rv, a, v, r * (width / 2) + a, b - a);
    }

    /** Copies the finished frame out; it becomes the reference for the next one. */
    void finish(YuvFrame out) {
        out.y().put(0, y);
        out.u().put(0, u);
        out.v().put(0, v);
        valid = true;
    }
}
