package org.ptzcam.media.world;

import java.util.Arrays;
import org.ptzcam.media.view.Projection;

/**
 * Paints the ground by floor casting: with no roll, an image row below the horizon is a straight
 * line of constant depth on the ground, so world x/z advance by a constant step per pixel (int
 * fixed point, 2^22 units per metre; no per-pixel division or trig). What a pixel shows comes from
 * the ground-map cell and the tile joints, which appear once wide enough not to shimmer (level of
 * detail per row) and stay crisp lines at 30×. Beyond the map: far fields, hazed per row.
 *
 * <p>Near rows are filled in runs: cell and joint boundaries are found by integer stepping
 * ({@link GroundSteps}), so a run costs one fill. Luma is painted after everything standing, only
 * into pixels nothing covers, which skips most of the work behind buildings.
 */
final class GroundPainter {

    /** Rows whose centre lies farther than this are painted as plain far fields. */
    static final double MAP_FAR_M = 230;
    private final int k = GroundMap.KINDS.length;
    private final int[] base = new int[k], grain = new int[k]; // unhazed shade; grain multipliers
    private final int[] rowY = new int[k], rowMult = new int[k], rowU = new int[k], rowV = new int[k];
    private final GroundRow row = new GroundRow();
    private final GroundSpeckle[] speckles = new GroundSpeckle[k];
    /** Slab-to-slab tone of paving and sidewalk, picked by a hash of the slab. */
    private final int[] tileTones = new int[16];

    GroundPainter() {
        for (int i = 0; i < k; i++) {
            speckles[i] = GroundSpeckle.of(i);
        }
        for (int i = 0; i < tileTones.length; i++) {
            tileTones[i] = Grain.hash(99, i, 0) * 7 / 128;
        }
    }
    private int hazeYuv;

    /** Whether the ray through luma row position {@code py} hits the ground. */
    static boolean isGround(Projection p, double py) {
        return p.forwardY() + p.upY() * (p.centerY() - py) / p.focalPx() < -1e-9;
    }

    /** Per-frame colours of the ground kinds before haze; call before painting rows. */
    void prepare(Shading sh) {
        for (int i = 0; i < k; i++) {
            base[i] = sh.shade(GroundMap.KINDS[i], 0, 1, 0, 0);
            grain[i] = base[i] >>> 24;
        }
        hazeYuv = Shading.pack(sh.atmosphere().horizonRgb(), 0);
    }

    /** Chroma columns [lo, hi) of row r of ground (a ground row); drawn before anything standing. */
    void chromaRow(Scanline s, Projection p, double camH, Shading sh, GroundMap map, int r, int lo, int hi) {
        row.at(p, camH, 2 * r + 1, sh.atmosphere());
        if (row.dist > MAP_FAR_M) {
            int far = sh.shade(Material.FIELD, 0, 1, 0, row.haze);
            s.fillChroma(lo, hi, Colors.u(far), Colors.v(far));
            return;
        }
        for (int i = 0; i < k; i++) {
            rowU[i] = mix(Colors.u(base[i]), Colors.u(hazeYuv), row.haze);
            rowV[i] = mix(Colors.v(base[i]), Colors.v(hazeYuv), row.haze);
        }
        int dx = 2 * row.dx, dz = 2 * row.dz, x = row.x(p, 1) + lo * dx, z = row.z(p, 1) + lo * dz;
        byte[] cells = map.cells();
        for (int col = lo; col < hi; ) {
            int kind = cells[cell(x, z)];
            int n = Math.min(hi - col, Math.min(GroundSteps.toLeaveCell(x, dx, 23), GroundSteps.toLeaveCell(z, dz, 23)));
            s.fillChroma(col, col + n, rowU[kind], rowV[kind]);
            x += n * dx;
            z += n * dz;
            col += n;
        }
    }

    /**
     * Luma row r (a ground row): fills the pixels {@link Scanline#cover} leaves open within columns
     * [lo, hi). A pixel depends only on its ground position, column 0's plus whole steps (int),
     * not on where its gap starts: any window, whatever stands beside it, gives the same pixels.
     */
    void lumaRow(Scanline s, Projection p, double camH, Shading sh, GroundMap map, int r, int lo, int hi) {
        row.at(p, camH, r + 0.5, sh.atmosphere());
        boolean far = row.dist > MAP_FAR_M;
        int farShade = far ? sh.shade(Material.FIELD, 0, 1, 0, row.haze) : 0;
        boolean joints = !far && prepareRow();
        boolean runs = row.footprint < GroundMap.CELL_M / 12; // cells at least 12 px wide
        int x0 = row.x(p, 0.5), z0 = row.z(p, 0.5); // stepped from column 0 as chroma is
        for (int a = s.nextCover(lo, 0); a < hi; a = s.nextCover(a, 0)) {
            int b = Math.min(hi, s.nextCover(a, 1)), x = x0 + a * row.dx, z = z0 + a * row.dz;
            if (far) {
                s.fillLuma(a, b, Colors.y(farShade), farShade >>> 24, false);
            } else if (runs) {
                cellRuns(s, a, b, map.cells(), x, z, joints);
            } else {
                perPixel(s, a, b, map.cells(), x, z);
            }
            a = b;
        }
    }

    /** Hazed luma and grain of each ground kind for the current row; true if joints show. */
    private boolean prepareRow() {
        boolean joints = row.footprint < 0.006; // a 14 mm joint still ≥ ~2 px wide
        int hazeY = Colors.y(hazeYuv);
        for (int i = 0; i < k; i++) {
            int y = mix(Colors.y(base[i]), hazeY, row.haze);
            int mult = (int) (grain[i] * (1 - row.haze));
            int dark = GroundMap.JOINT_DARK[i];
            if (!joints && GroundMap.JOINT_WIDTH[i] > 0) {
                y -= (int) ((long) dark * GroundMap.JOINT_WIDTH[i] * 2 / (GroundMap.JOINT_MASK[i] + 1L)); // averaged
                dark = 0;
            }
            rowY[i] = Math.max(4 * mult + dark + 8, Math.min(255 - 4 * mult - 8, y)); // room for slab tones
            rowMult[i] = mult;
        }
        return joints;
    }

    private static int cell(int x, int z) {
        return ((((z >> 23) + 128) & 255) << 8) | (((x >> 23) + 128) & 255);
    }

    /** Far-ish rows where cells are only a few pixels wide: look the cell up per pixel. */
    private void perPixel(Scanline s, int a, int b, byte[] cells, int x, int z) {
        int[] ys = rowY, ms = rowMult;
        byte[] out = s.y, noise = s.noise;
        int dx = row.dx, dz = row.dz;
        for (int i = a; i < b; i++) {
            int kind = cells[cell(x, z)];
            out[i] = (byte) (ys[kind] + noise[i] * ms[kind]);
            x += dx;
            z += dz;
        }
    }

    /** Near rows: whole runs of one cell, split further at tile joints when those show. */
    private void cellRuns(Scanline s, int a, int b, byte[] cells, int x, int z, boolean joints) {
        int dx = row.dx, dz = row.dz;
        for (int i = a; i < b; ) {
            int kind = cells[cell(x, z)];
            int run = Math.min(b - i, Math.min(GroundSteps.toLeaveCell(x, dx, 23), GroundSteps.toLeaveCell(z, dz, 23)));
            int mask = GroundMap.JOINT_MASK[kind], width = GroundMap.JOINT_WIDTH[kind];
            if (!joints || width == 0) {
                paintRun(s, i, i + run, x, z, kind, rowY[kind]);
            } else {
                int jx = x, jz = z, tileShift = 32 - Integer.numberOfLeadingZeros(mask);
                for (int j = 0; j < run; ) {
                    boolean in = (jx & mask) < width || (jz & mask) < width;
                    int m = Math.min(run - j, Math.min(GroundSteps.toJointEdge(jx, dx, mask, width),
                            GroundSteps.toJointEdge(jz, dz, mask, width)));
                    int tone = tileTones[(((jx >> tileShift) * 0x9E3779B1) ^ ((jz >> tileShift) * 0x85EBCA77)) >>> 28];
                    paintRun(s, i + j, i + j + m, jx, jz, kind,
                            in ? rowY[kind] - GroundMap.JOINT_DARK[kind] : rowY[kind] + tone);
                    jx += m * dx;
                    jz += m * dz;
                    j += m;
                }
            }
            x += run * dx;
            z += run * dz;
            i += run;
        }
    }

    /** One run of a ground kind: a flat fill, or close up the kind's speckle. */
    private void paintRun(Scanline s, int a, int b, int x, int z, int kind, int base) {
        GroundSpeckle speckle = speckles[kind];
        if (speckle != GroundSpeckle.NONE && row.depthFootprint * 5 < speckle.cellM()) {
            int room = speckle.headroom() + 4 * rowMult[kind];
            speckle.fill(s, a, b, x, z, row.dx, row.dz, Math.max(room, Math.min(255 - room, base)), rowMult[kind]);
        } else {
            s.fillLuma(a, b, base, rowMult[kind], false);
        }
    }

    private static int mix(int a, int b, double t) {
        return (int) (a + (b - a) * t + 0.5);
    }
}
