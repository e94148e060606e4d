package org.ptzcam.media.world;

import org.ptzcam.media.view.Projection;

/**
 * The ground line one image row sees: the row's ray family A + R·a (a per column) meets the
 * ground at t = camH / −A.y, the same t for the whole row. Gives depth, haze, footprint and the
 * ground position of any column with its per-pixel step, in 2^22 units per metre.
 */
final class GroundRow {

    private static final double ONE = 1 << GroundMap.UNIT_BITS;
    double t, ax, az, dist, haze, footprint, depthFootprint;
    int dx, dz;

    /** Sets up the row through luma position py; the row must look at the ground. */
    void at(Projection p, double camH, double py, Atmosphere atm) {
        double f = p.focalPx(), b = (p.centerY() - py) / f;
        double ay = p.forwardY() + p.upY() * b;
        ax = p.forwardX() + p.upX() * b;
        az = p.forwardZ() + p.upZ() * b;
        t = camH / -ay;
        dist = t * Math.sqrt(ax * ax + az * az); // not Math.hypot: it is slow, and rows need no overflow care
        haze = haze(atm, dist);
        footprint = t / f; // metres per pixel along the row
        // across rows the ground is foreshortened by the sine of the viewing angle
        depthFootprint = footprint * t * Math.sqrt(ax * ax + ay * ay + az * az) / camH;
        dx = (int) Math.round(t * p.rightX() / f * ONE);
        dz = (int) Math.round(t * p.rightZ() / f * ONE);
    }

    // haze by distance: exp() per row costs more than a repainted row of a still view
    private final long[] hazeKeys = new long[4096];
    private final double[] hazeValues = new double[4096];
    private double hazeVisibility = Double.NaN;

    private double haze(Atmosphere atm, double d) {
        if (atm.visibilityM() != hazeVisibility) {
            hazeVisibility = atm.visibilityM();
            java.util.Arrays.fill(hazeKeys, -1L); // a NaN's bits: never a distance
        }
        long key = Double.doubleToRawLongBits(d);
        int i = (int) (key ^ key >>> 17 ^ key >>> 35) & (hazeKeys.length - 1);
        if (hazeKeys[i] != key) {
            hazeKeys[i] = key;
            hazeValues[i] = atm.haze(d);
        }
        return hazeValues[i];
    }

    /** Ground x at luma column position px (the centre of column 0 is 0.5). */
    int x(Projection p, double px) {
        double a = (px - p.centerX()) / p.focalPx();
        return (int) Math.round(t * (ax + p.rightX() * a) * ONE);
    }

    int z(Projection p, double px) {
        double a = (px - p.centerX()) / p.focalPx();
        return (int) Math.round(t * (az + p.rightZ() * a) * ONE);
    }
}
