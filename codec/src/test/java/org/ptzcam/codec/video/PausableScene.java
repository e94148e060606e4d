package org.ptzcam.codec.video;

import java.nio.ByteBuffer;
import java.util.List;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.YuvFrame;

/**
 * A detailed still background (a town-like texture: stripes, blocks and fixed grain) with two
 * textured objects crossing it, whose motion can be paused: frame {@code n} of the capture shows
 * the objects at scene time {@code sceneFrame}, which the caller stops advancing while paused —
 * the simulated world's frozen scene clock, in pixels only.
 */
final class PausableScene {

    private final int w;
    private final int h;
    private final byte[] background;

    PausableScene(int w, int h) {
        this.w = w;
        this.h = h;
        this.background = new byte[w * h];
        long s = 42;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                s = s * 6364136223846793005L + 1442695040888963407L;
                int grain = (int) ((s >>> 59) & 15) - 8;
                int block = ((x / 24 + y / 18) & 1) * 40;
                double stripes = 30 * Math.sin(x * 0.45) * Math.cos(y * 0.3);
                background[y * w + x] = (byte) clamp(70 + block + stripes + grain + y * 60.0 / h);
            }
        }
    }

    /** Where the two objects are at scene frame {@code sceneFrame}: {@code {x, y, width, height}} each. */
    List<int[]> objects(int sceneFrame) {
        return List.of(new int[] {(sceneFrame * 4) % (w + 96) - 96, h / 3, 96, 64},
                new int[] {w - (sceneFrame * 3) % (w + 64), 2 * h / 3, 64, 48});
    }

    /** Capture frame {@code n} at {@code fps}, objects at scene frame {@code sceneFrame}. */
    YuvFrame frame(int n, int fps, int sceneFrame) {
        YuvFrame f = YuvFrame.allocate(w, h, Timestamps.toNanos(n * (90_000L / fps), 90_000));
        ByteBuffer y = f.y();
        y.put(0, background);
        List<int[]> objects = objects(sceneFrame);
        for (int i = 0; i < objects.size(); i++) {
            int[] o = objects.get(i);
            drawObject(y, o[0], o[1], o[2], o[3], sceneFrame + 7 * i);
        }
        fill(f.u(), 120);
        fill(f.v(), 136);
        return f;
    }

    private void drawObject(ByteBuffer y, int x0, int y0, int ow, int oh, int seed) {
        for (int yy = Math.max(0, y0); yy < Math.min(h, y0 + oh); yy++) {
            for (int xx = Math.max(0, x0); xx < Math.min(w, x0 + ow); xx++) {
                int lx = xx - x0;
                int ly = yy - y0;
                int v = 200 - ((lx / 8 + ly / 8) & 1) * 90 + (((lx * 7 + ly * 13 + seed) & 7) - 4);
                y.put(yy * w + xx, (byte) clamp(v));
            }
        }
    }

    private static void fill(ByteBuffer plane, int value) {
        for (int i = 0; i < plane.capacity(); i++) {
            plane.put(i, (byte) value);
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
