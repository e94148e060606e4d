package org.ptzcam.media.world;

/**
 * Integer stepping along a ground row: how many pixels until a coordinate that advances by a
 * fixed step crosses a threshold. Lets the ground painter fill whole runs of one cell or one
 * tile joint state at once, with exactly the result per-pixel evaluation would give.
 */
final class GroundSteps {

    static final int NEVER = Integer.MAX_VALUE;

    private GroundSteps() {
    }

    /** Steps (≥ 1) until {@code x + s·dx} leaves the 2^shift-wide cell containing x. */
    static int toLeaveCell(int x, int dx, int shift) {
        long lower = (long) (x >> shift) << shift;
        return toCross(x, dx, lower + (1L << shift), lower);
    }

    /**
     * Steps (≥ 1) until a joint predicate {@code (x & mask) < width} changes value: the next joint
     * edge ahead in the direction of travel.
     */
    static int toJointEdge(int x, int dx, int mask, int width) {
        long base = x & ~(long) mask;
        boolean in = (x & mask) < width;
        return toCross(x, dx, in ? base + width : base + mask + 1, in ? base : base + width);
    }

    /**
     * Steps until x reaches {@code up} (moving up, dx > 0: first s with x + s·dx ≥ up) or drops
     * below {@code down} (dx < 0: first s with x + s·dx < down). Requires down ≤ x < up.
     */
    static int toCross(int x, int dx, long up, long down) {
        long s;
        if (dx > 0) {
            s = (up - x + dx - 1) / dx;
        } else if (dx < 0) {
            s = (x - down) / -(long) dx + 1;
        } else {
            return NEVER;
        }
        return (int) Math.min(NEVER, Math.max(1, s));
    }
}
