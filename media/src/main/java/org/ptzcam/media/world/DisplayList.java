package org.ptzcam.media.world;

import java.util.Arrays;

/**
 * The projected polygons of one frame in drawing order, kept as edge lists so the frame can be
 * painted row by row. Spans sample pixel centres and are half-open, so shared edges neither gap
 * nor overlap.
 */
final class DisplayList {

    private int count;
    private int[] shade = new int[256], firstEdge = new int[256], edgeCount = new int[256];
    private boolean[] decal = new boolean[256], dynamic = new boolean[256];
    private boolean adding; // the dynamic flag given to entries added from now on
    private Texture[] texture = new Texture[256];
    private int[] mapOffset = new int[256];
    private double[] maps = new double[64 * SurfaceMap.SIZE];
    private int mapsUsed;
    private double[] top = new double[256], bottom = new double[256], left = new double[256], right = new double[256];
    private int[] firstRow = new int[256], endRow = new int[256];
    private int edges;
    private double[] ey0 = new double[1024], ey1 = new double[1024], ex0 = new double[1024], slope = new double[1024];

    void clear() {
        count = 0;
        edges = 0;
        mapsUsed = 0;
    }

    int size() {
        return count;
    }

    boolean isDecal(int i) {
        return decal[i];
    }

    /** Adds the outline a {@link PolyRaster} just projected. */
    void add(PolyRaster r, int packedShade, boolean isDecal) {
        add(r, packedShade, isDecal, Texture.NONE, null, null, 0);
    }

    /** Adds a projected outline whose surface carries a texture (see {@link SurfaceMap}). */
    void add(PolyRaster r, int packedShade, boolean isDecal, Texture tex, Poly poly,
             org.ptzcam.media.view.Projection p, double camH) {
        if (count == shade.length) {
            int n = 2 * count;
            shade = Arrays.copyOf(shade, n);
            firstEdge = Arrays.copyOf(firstEdge, n);
            edgeCount = Arrays.copyOf(edgeCount, n);
            decal = Arrays.copyOf(decal, n);
            dynamic = Arrays.copyOf(dynamic, n);
            texture = Arrays.copyOf(texture, n);
            mapOffset = Arrays.copyOf(mapOffset, n);
            top = Arrays.copyOf(top, n);
            bottom = Arrays.copyOf(bottom, n);
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            firstRow = Arrays.copyOf(firstRow, n);
            endRow = Arrays.copyOf(endRow, n);
        }
        if (edges + r.n > ey0.length) {
            int n = 2 * (edges + r.n);
            ey0 = Arrays.copyOf(ey0, n);
            ey1 = Arrays.copyOf(ey1, n);
            ex0 = Arrays.copyOf(ex0, n);
            slope = Arrays.copyOf(slope, n);
        }
        double t = Double.MAX_VALUE, b = -Double.MAX_VALUE, l = Double.MAX_VALUE, rt = -Double.MAX_VALUE;
        int first = edges;
        for (int i = 0; i < r.n; i++) {
            int j = i + 1 == r.n ? 0 : i + 1;
            double ya = r.ys[i], yb = r.ys[j], xa = r.xs[i], xb = r.xs[j];
            t = Math.min(t, ya);
            b = Math.max(b, ya);
            l = Math.min(l, r.xs[i]);
            rt = Math.max(rt, r.xs[i]);
            if (ya == yb) {
                continue;
            }
            if (ya > yb) {
                double s = ya; ya = yb; yb = s;
                s = xa; xa = xb; xb = s;
            }
            ey0[edges] = ya;
            ey1[edges] = yb;
            ex0[edges] = xa;
            slope[edges] = (xb - xa) / (yb - ya);
            edges++;
        }
        shade[count] = packedShade;
        decal[count] = isDecal;
        dynamic[count] = adding;
        texture[count] = tex;
        if (tex != Texture.NONE) {
            if (mapsUsed + SurfaceMap.SIZE > maps.length) {
                maps = Arrays.copyOf(maps, 2 * maps.length);
            }
            SurfaceMap.compute(poly, p, camH, maps, mapsUsed);
            mapOffset[count] = mapsUsed;
            mapsUsed += SurfaceMap.SIZE;
        }
        firstEdge[count] = first;
        edgeCount[count] = edges - first;
        top[count] = t;
        bottom[count] = b;
        left[count] = l;
        right[count] = rt;
        firstRow[count] = (int) Math.max(-1, Math.min(1 << 20, Math.ceil(t - 0.5)));
        endRow[count] = (int) Math.max(-1, Math.min(1 << 20, Math.ceil(b - 0.5)));
        count++;
    }

    /** Marks the entries added from now on as moving (actors, sky objects) or not. */
    void dynamic(boolean on) {
        adding = on;
    }

    /**
     * Widens [lo[r], hi[r]) of each luma row r a dynamic entry crosses to even columns (within
     * [0, w)) that hold the entry's luma and chroma pixels.
     */
    void markDynamic(int[] lo, int[] hi, int w) {
        for (int i = 0; i < count; i++) {
            if (dynamic[i]) {
                int a = Math.max(0, firstRow[i]), b = Math.min(lo.length, endRow[i]);
                int c0 = (int) Math.max(0, Math.min(w, Math.floor(left[i]) - 2)) & ~1;
                int c1 = (int) Math.max(0, Math.min(w, Math.ceil(right[i]) + 3)) & ~1;
                for (int r = a; c0 < c1 && r < b; r++) {
                    lo[r] = Math.min(lo[r], c0);
                    hi[r] = Math.max(hi[r], c1);
                }
            }
        }
    }

    int shade(int i) {
        return shade[i];
    }

    Texture texture(int i) {
        return texture[i];
    }

    /** Surface-map coefficients of a textured entry: the array and {@link #mapOffset(int)}. */
    double[] maps() {
        return maps;
    }

    int mapOffset(int i) {
        return mapOffset[i];
    }

    /** Whether luma row r crosses entry i. */
    boolean coversRow(int i, int r) {
        return r >= firstRow[i] && r < endRow[i];
    }

    /** Whether entry i crosses luma row r and may reach luma columns [lo, hi) there. */
    boolean reaches(int i, int r, int lo, int hi) {
        return r >= firstRow[i] && r < endRow[i] && right[i] >= lo - 1 && left[i] <= hi + 1;
    }

    /**
     * Indices, in drawing order, of the decal (or the solid) entries reaching into luma rows
     * [r0, r1); returns the count.
     */
    int gather(int r0, int r1, boolean decals, int[] out) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (decal[i] == decals && bottom[i] > r0 && top[i] < r1 + 1) {
                out[n++] = i;
            }
        }
        return n;
    }

    /** Columns of luma row r covered by entry i: c0 << 32 | c1, or −1. */
    long lumaSpan(int i, int r, int width) {
        return span(i, r + 0.5, 1, width);
    }

    /** Columns of chroma row r covered by entry i, sampled on its luma centre line. */
    long chromaSpan(int i, int r, int chromaWidth) {
        return span(i, 2 * r + 1, 0.5, chromaWidth);
    }

    /** Columns [c0, c1) of entry i on luma line yc in a plane scaled by {@code scale}; c0 << 32 | c1, or −1. */
    private long span(int i, double yc, double scale, int w) {
        double xl = Double.MAX_VALUE, xr = -Double.MAX_VALUE;
        for (int e = firstEdge[i], end = e + edgeCount[i]; e < end; e++) {
            if (ey0[e] <= yc && yc < ey1[e]) {
                double x = ex0[e] + (yc - ey0[e]) * slope[e];
                xl = Math.min(xl, x);
                xr = Math.max(xr, x);
            }
        }
        if (xl >= xr) {
            return -1;
        }
        int c0 = (int) Math.max(0, Math.ceil(xl * scale - 0.5));
        int c1 = (int) Math.min(w, Math.ceil(xr * scale - 0.5));
        return c0 < c1 ? (long) c0 << 32 | c1 : -1;
    }
}
