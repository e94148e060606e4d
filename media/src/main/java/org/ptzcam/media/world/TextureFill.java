package org.ptzcam.media.world;

/**
 * Fills a span of a textured polygon (at least its part within a window of columns). Surface coordinates are exact every 16 pixels (one division
 * each) and linear in between (the perspective error over 16 pixels is far below a pixel). Within
 * a chunk the pattern changes only where u or v crosses a joint or block edge, so the span is
 * cut at those crossings and each piece is one flat fill plus grain.
 */
final class TextureFill {

    private static final int STEP = 16;
    private static final long UNIT = 65536; // coordinates are in 1/65536 mm
    private final long[] uv0 = new long[2], uv1 = new long[2];

    void fill(Scanline s, int a, int b, double py, int base, int mult, boolean markCover,
              Texture tex, double[] map, int off, int lo, int hi) {
        int room = tex.headroom() + 4 * mult;
        base = Math.max(room, Math.min(255 - room, base));
        long h = tex.height * UNIT, w = tex.width * UNIT, j = tex.joint * UNIT, stagger = tex.stagger * UNIT;
        // chunks start at a + 16k whatever the window, so pixels in [lo, hi) come out as in a full span
        int first = a + Math.max(0, lo - a) / STEP * STEP, stop = Math.min(b, hi);
        SurfaceMap.at(map, off, first + 0.5, py, uv0);
        for (int c = first; c < stop; ) {
            int n = Math.min(STEP, b - c);
            SurfaceMap.at(map, off, c + n + 0.5, py, uv1);
            long u = uv0[0], v = uv0[1], du = (uv1[0] - u) / n, dv = (uv1[1] - v) / n;
            for (int k = 0; k < n; ) {
                long course = Math.floorDiv(v, h), inCourse = v - course * h;
                long us = u + (course & 1) * stagger, block = Math.floorDiv(us, w), inBlock = us - block * w;
                boolean jv = inCourse < j, ju = inBlock < j;
                int run = Math.min(n - k, Math.min(
                        steps(v, dv, jv ? course * h + j : (course + 1) * h, jv ? course * h : course * h + j),
                        steps(us, du, ju ? block * w + j : (block + 1) * w, ju ? block * w : block * w + j)));
                int value = jv || ju ? tex.jointDelta : tex.tone(block, course);
                s.fillLuma(c + k, c + k + run, base + value, mult, false);
                u += run * du;
                v += run * dv;
                k += run;
            }
            uv0[0] = uv1[0];
            uv0[1] = uv1[1];
            c += n;
        }
        if (markCover) {
            java.util.Arrays.fill(s.cover, a, b, (byte) 1);
        }
    }

    /** Steps (≥ 1) until x + s·dx reaches {@code up} (dx > 0) or drops below {@code down} (dx < 0). */
    private static int steps(long x, long dx, long up, long down) {
        long s;
        if (dx > 0) {
            s = (up - x + dx - 1) / dx;
        } else if (dx < 0) {
            s = (x - down) / -dx + 1;
        } else {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, s));
    }
}
