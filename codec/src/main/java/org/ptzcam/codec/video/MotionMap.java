package org.ptzcam.codec.video;

import java.nio.ByteBuffer;

/**
 * Which 16×16 macroblocks of a picture changed: the mean absolute luma difference of every other
 * pixel of every other row (a 4× cheaper, downscaled SAD) against the previous picture, per block.
 * It measures pixels only, so it works on any source. A block stays "active" for a hangover after
 * its last change, and the blocks around a changed one are active too, so an object entering a
 * block is coded at full quality from its first frame.
 *
 * <p>Not thread-safe: owned by the encoder thread.
 */
public final class MotionMap {

    /** Macroblock edge in pixels (x264's quant_offsets grid). */
    public static final int MB = 16;
    /** Mean absolute luma difference above which a block changed: above compression noise of a still source. */
    static final int CHANGE_THRESHOLD = 2;
    private static final int SAMPLES = (MB / 2) * (MB / 2);

    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final int hangoverFrames;
    /** Downscaled luma of the previous picture, 64 bytes per block, row-major blocks. */
    private final byte[] previous;
    /** Frame number of the last change per block; {@code Long.MIN_VALUE / 2} before any. */
    private final long[] lastChange;
    private final boolean[] active;
    private long frame = -1;
    private int changedBlocks;

    /**
     * @param hangoverFrames frames a block stays active after its last change (at least 1)
     */
    public MotionMap(int width, int height, int hangoverFrames) {
        this.width = width;
        this.height = height;
        this.cols = (width + MB - 1) / MB;
        this.rows = (height + MB - 1) / MB;
        this.hangoverFrames = Math.max(1, hangoverFrames);
        this.previous = new byte[cols * rows * SAMPLES];
        this.lastChange = new long[cols * rows];
        this.active = new boolean[cols * rows];
        java.util.Arrays.fill(lastChange, Long.MIN_VALUE / 2);
    }

    public int columns() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /**
     * Measures the next picture. The first picture counts as all changed.
     *
     * @param luma   the Y plane from position 0
     * @param stride bytes per row of {@code luma}
     * @return blocks that changed against the previous picture
     */
    public int update(ByteBuffer luma, int stride) {
        frame++;
        boolean first = frame == 0;
        changedBlocks = 0;
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < cols; bx++) {
                int block = by * cols + bx;
                int base = block * SAMPLES;
                int sad = 0;
                int n = 0;
                for (int y = by * MB; y < Math.min(height, by * MB + MB); y += 2) {
                    int row = y * stride;
                    for (int x = bx * MB; x < Math.min(width, bx * MB + MB); x += 2) {
                        byte v = luma.get(row + x);
                        sad += Math.abs((v & 0xff) - (previous[base + n] & 0xff));
                        previous[base + n] = v;
                        n++;
                    }
                }
                if (first || sad > CHANGE_THRESHOLD * n) {
                    lastChange[block] = frame;
                    changedBlocks++;
                }
            }
        }
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < cols; bx++) {
                active[by * cols + bx] = recentAround(bx, by);
            }
        }
        return changedBlocks;
    }

    private boolean recentAround(int bx, int by) {
        for (int y = Math.max(0, by - 1); y <= Math.min(rows - 1, by + 1); y++) {
            for (int x = Math.max(0, bx - 1); x <= Math.min(cols - 1, bx + 1); x++) {
                if (frame - lastChange[y * cols + x] < hangoverFrames) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Blocks that changed in the last measured picture. */
    public int changedBlocks() {
        return changedBlocks;
    }

    /** Whether block (column, row) moved lately (within the hangover, itself or a neighbour). */
    public boolean active(int column, int row) {
        return active[row * cols + column];
    }

    /** Active blocks of the last measured picture. */
    public int activeBlocks() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        return n;
    }
}
