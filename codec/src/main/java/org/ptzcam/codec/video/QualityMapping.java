package org.ptzcam.codec.video;

/**
 * Maps Axis compression (0..100, higher = smaller files, lower quality) to each encoder's quantizer.
 *
 * <p>Chosen so the Axis default 30 lands on each encoder's own sensible default (x264 CRF 23) and
 * 100 on a still-recognisable picture. The mappings are monotonic; the README has the full table.
 */
public final class QualityMapping {

    private QualityMapping() {
    }

    /**
     * FFmpeg MJPEG qscale 2..31 (its quant matrix is the MPEG-1 intra matrix times qscale/8).
     * Geometric, because quality per qscale step falls off roughly logarithmically.
     */
    public static int jpegQscale(int compression) {
        return (int) Math.round(2 * Math.pow(15.5, check(compression) / 100.0));
    }

    /** x264/x265 CRF 12..48: linear, 30 maps to 23 (x264's default). */
    public static int h26xCrf(int compression) {
        return (int) Math.round(12 + 0.36 * check(compression));
    }

    /** SVT-AV1 CRF 16..60 (of 1..63): linear, 30 maps to 29. */
    public static int av1Crf(int compression) {
        return (int) Math.round(16 + 0.44 * check(compression));
    }

    private static int check(int compression) {
        if (compression < 0 || compression > 100) {
            throw new IllegalArgumentException("compression must be 0..100: " + compression);
        }
        return compression;
    }
}
