package org.ptzcam.media.world;

import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.Projection;
import org.ptzcam.media.view.ViewState;

/**
 * Paints one frame of a {@link Scene}: the {@link DisplayBuilder} projects every polygon into a
 * display list, then the frame is painted row by row into a {@link Scanline} — sky or ground
 * colour, stars, polygons with grain or texture, the ground into whatever stayed open, ground
 * paint on top of the ground — and each row is copied out. Rows that no moving entry crosses in
 * this or the last frame of the same view and light are kept from the last frame ({@link
 * FrameCache}). Holds per-frame scratch: one per world.
 */
final class ScenePainter {

    private static final int BAND = 16;
    private final SkyPainter skyPainter;
    private final GroundPainter groundPainter = new GroundPainter();
    private final DisplayList list = new DisplayList();
    private final DisplayBuilder builder = new DisplayBuilder(list);
    private final TextureFill textureFill = new TextureFill();
    private final Grain grain;
    private final FrameCache cache = new FrameCache();
    private int[] active = new int[256], activeDecals = new int[256];

    ScenePainter(long seed) {
        this.grain = new Grain(seed);
        this.skyPainter = new SkyPainter(seed);
    }

    void paint(Scanline s, Scene scene, ViewState view, long timeMs, Daylight daylight, YuvFrame out) {
        Projection p = Projection.of(view, s.width, s.height);
        Atmosphere atm = Atmosphere.of(daylight);
        Shading sh = new Shading(atm);
        builder.build(scene, p, sh, timeMs, daylight);
        cache.begin(view, s.width, s.height, daylight);
        cache.markDynamic(list);
        groundPainter.prepare(sh);
        skyPainter.placeStars(p, atm);
        grain.aim(p, Math.toRadians(view.panDeg()), Math.toRadians(view.tiltDeg()));
        if (active.length < list.size()) {
            active = new int[list.size()];
            activeDecals = new int[list.size()];
        }
        for (int r0 = 0; r0 < s.height; r0 += BAND) {
            int r1 = Math.min(s.height, r0 + BAND);
            if (!cache.paintAny(r0, r1)) {
                continue; // kept from the last frame
            }
            int n = list.gather(r0, r1, false, active), nd = list.gather(r0, r1, true, activeDecals);
            for (int r = r0; r < r1; r++) {
                int a = cache.start(r), b = cache.end(r);
                if (a >= b) {
                    continue;
                }
                lumaRow(s, p, sh, scene, r, n, nd, a, b);
                cache.storeLuma(r, s.y, a, b);
                if ((r & 1) == 1) {
                    chromaRow(s, p, atm, sh, scene, r / 2, n, nd, a / 2, b / 2);
                    cache.storeChroma(r / 2, s.u, s.v, a / 2, b / 2);
                }
            }
        }
        cache.finish(out);
    }

    /**
     * Luma row r, exact in columns [lo, hi); other columns may hold anything. Every painter here
     * gives a pixel the same value whichever window contains it.
     */
    private void lumaRow(Scanline s, Projection p, Shading sh, Scene scene, int r, int n, int nd, int lo, int hi) {
        Atmosphere atm = sh.atmosphere();
        boolean ground = GroundPainter.isGround(p, r + 0.5);
        grain.loadRow(s.noise, lo, hi, r);
        if (ground) {
            java.util.Arrays.fill(s.cover, lo, hi, (byte) 0);
        } else {
            int sky = Colors.y(SkyPainter.rowColor(p, atm, r + 0.5));
            java.util.Arrays.fill(s.y, lo, hi, (byte) sky);
            skyPainter.paintStars(s, r, sky);
        }
        for (int k = 0; k < n; k++) {
            int i = active[k];
            if (!list.reaches(i, r, lo, hi)) {
                continue;
            }
            long span = list.lumaSpan(i, r, s.width);
            int a = (int) (span >>> 32), b = (int) span, shade = list.shade(i);
            if (span < 0 || b <= lo || a >= hi) {
                continue;
            }
            Texture tex = list.texture(i);
            if (tex == Texture.NONE) {
                s.fillLuma(Math.max(a, lo), Math.min(b, hi), (shade >> 16) & 255, shade >>> 24, ground);
            } else {
                textureFill.fill(s, a, b, r + 0.5, (shade >> 16) & 255, shade >>> 24,
                        ground, tex, list.maps(), list.mapOffset(i), lo, hi);
            }
        }
        if (!ground) {
            return;
        }
        groundPainter.lumaRow(s, p, scene.cameraHeightM(), sh, scene.ground(), r, lo, hi);
        for (int k = 0; k < nd; k++) { // ground paint, only where the ground shows
            int i = activeDecals[k];
            if (!list.reaches(i, r, lo, hi)) {
                continue;
            }
            long span = list.lumaSpan(i, r, s.width);
            byte yv = (byte) (list.shade(i) >> 16);
            int end = span < 0 ? 0 : Math.min(hi, (int) span);
            for (int c = span < 0 ? 0 : Math.max(lo, (int) (span >>> 32)); c < end; c++) {
                if (s.cover[c] == 0) {
                    s.y[c] = yv;
                }
            }
        }
    }

    /** Chroma row r, exact in columns [lo, hi). */
    private void chromaRow(Scanline s, Projection p, Atmosphere atm, Shading sh, Scene scene, int r, int n, int nd,
                           int lo, int hi) {
        if (GroundPainter.isGround(p, 2 * r + 1)) {
            groundPainter.chromaRow(s, p, scene.cameraHeightM(), sh, scene.ground(), r, lo, hi);
        } else {
            int sky = SkyPainter.rowColor(p, atm, 2 * r + 1);
            s.fillChroma(lo, hi, Colors.u(sky), Colors.v(sky));
        }
        // ground paint first, so everything standing covers it
        chromaSpans(s, r, activeDecals, nd, lo, hi);
        chromaSpans(s, r, active, n, lo, hi);
    }

    private void chromaSpans(Scanline s, int r, int[] entries, int n, int lo, int hi) {
        for (int k = 0; k < n; k++) {
            int i = entries[k];
            if (!list.reaches(i, 2 * r + 1, 2 * lo, 2 * hi)) {
                continue;
            }
            long span = list.chromaSpan(i, r, s.chromaWidth);
            if (span >= 0) {
                int shade = list.shade(i);
                int a = Math.max(lo, (int) (span >>> 32)), b = Math.min(hi, (int) span);
                if (a < b) {
                    s.fillChroma(a, b, (shade >> 8) & 255, shade & 255);
                }
            }
        }
    }
}
