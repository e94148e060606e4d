package org.ptzcam.media.world;

import java.util.Arrays;
import java.util.List;
import org.ptzcam.media.view.Projection;

/**
 * Projects a frame's polygons into a {@link DisplayList} in painter's order: ground paint (street
 * lights' pools at night, then markings), sun, moon and clouds, the far backdrop, then standing
 * structures and actors back to front by distance. Culls structures outside the view and draws
 * detail only where it is large enough to see.
 */
final class DisplayBuilder {

    private static final double DETAIL_MIN_PX = 2.0, FINE_MIN_PX = 3.0;
    private final DisplayList list;
    private final PolyRaster raster = new PolyRaster();
    private long[] order = new long[256];
    private Structure[] drawables = new Structure[256];

    DisplayBuilder(DisplayList list) {
        this.list = list;
    }

    void build(Scene scene, Projection p, Shading sh, long timeMs, Daylight daylight) {
        double camH = scene.cameraHeightM();
        boolean lamps = sh.atmosphere().lampsOn();
        list.clear();
        list.dynamic(false);
        if (lamps) {
            addDecals(p, sh, scene.nightDecals(), camH);
        }
        addDecals(p, sh, scene.decals(), camH);
        list.dynamic(true); // clouds drift, sun and moon move
        for (Structure st : scene.sky().at(timeMs, daylight)) {
            addPolys(p, sh, st.body(), camH, 1e9, 0);
        }
        list.dynamic(false);
        for (Structure st : scene.backdrop()) {
            add(p, sh, st, camH);
        }
        addSorted(p, sh, scene.structures(), scene.traffic().structuresAt(timeMs, lamps), camH);
    }

    private void addDecals(Projection p, Shading sh, List<Poly> polys, double camH) {
        for (int i = 0, n = polys.size(); i < n; i++) {
            Poly poly = polys.get(i);
            if (raster.project(poly, p, camH)) {
                list.add(raster, sh.shade(poly, Math.sqrt(poly.cx() * poly.cx() + poly.cz() * poly.cz())), true);
            }
        }
    }

    private void addSorted(Projection p, Shading sh, List<Structure> fixed, List<Structure> moving, double camH) {
        int n = 0, nFixed = 0;
        for (List<Structure> structures : List.of(fixed, moving)) {
            for (Structure s : structures) {
                if (!p.sphereVisible(s.centerX(), s.centerY() - camH, s.centerZ(), s.radius())) {
                    continue;
                }
                if (n == drawables.length) {
                    drawables = Arrays.copyOf(drawables, 2 * n);
                    order = Arrays.copyOf(order, 2 * n);
                }
                drawables[n] = s;
                // positive float bits sort like the floats; index in the low half
                order[n] = (long) Float.floatToIntBits((float) s.distanceFrom(0, camH, 0)) << 32 | n;
                n++;
            }
            nFixed = structures == fixed ? n : nFixed;
        }
        Arrays.sort(order, 0, n);
        for (int i = n - 1; i >= 0; i--) {
            list.dynamic((int) order[i] >= nFixed); // actors
            add(p, sh, drawables[(int) order[i]], camH);
            drawables[(int) order[i]] = null;
        }
        list.dynamic(false);
    }

    private void add(Projection p, Shading sh, Structure s, double camH) {
        double dist = Math.max(1e-3, s.distanceFrom(0, camH, 0));
        double pxPerM = p.focalPx() / dist;
        addPolys(p, sh, s.body(), camH, dist, pxPerM);
        if (s.detailSizeM() * pxPerM >= DETAIL_MIN_PX) {
            addPolys(p, sh, s.detail(), camH, dist, pxPerM);
            if (s.fineSizeM() * pxPerM >= FINE_MIN_PX) {
                addPolys(p, sh, s.fine(), camH, dist, pxPerM);
            }
        }
    }

    /**
     * Adds polygons in list order, hazed for a distance; surface textures switch on where their
     * joints would be at least a pixel wide ({@code pxPerM} pixels per metre at that distance).
     */
    private void addPolys(Projection p, Shading sh, List<Poly> polys, double camH, double dist, double pxPerM) {
        for (int i = 0, n = polys.size(); i < n; i++) {
            Poly poly = polys.get(i);
            if (poly.frontFacing(0, camH, 0) && raster.project(poly, p, camH)) {
                Texture tex = poly.material().texture;
                if (tex != Texture.NONE && tex.joint * pxPerM >= 1000) {
                    list.add(raster, sh.shade(poly, dist), false, tex, poly, p, camH);
                } else {
                    list.add(raster, sh.shade(poly, dist), false);
                }
            }
        }
    }
}
