package org.ptzcam.media.overlay;

import java.awt.image.BufferedImage;

/**
 * An overlay picture converted once into what blending needs: per pixel luma and alpha, per 2×2
 * block alpha-weighted chroma and mean alpha, and per row the span that is not fully transparent
 * (text on a transparent background touches few pixels). Width and height are even, so a tile
 * placed at even coordinates covers whole chroma blocks. Immutable.
 */
public final class OverlayTile {

    final int width;
    final int height;
    final byte[] y;
    final byte[] alpha;
    final byte[] u;
    final byte[] v;
    final byte[] chromaAlpha;
    /** Per luma row, first and one-past-last column with alpha > 0 (first ≥ last: empty row). */
    final int[] rowStart;
    final int[] rowEnd;

    private OverlayTile(int width, int height) {
        this.width = width;
        this.height = height;
        y = new byte[width * height];
        alpha = new byte[width * height];
        u = new byte[width * height / 4];
        v = new byte[u.length];
        chromaAlpha = new byte[u.length];
        rowStart = new int[height];
        rowEnd = new int[height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Converts a non-premultiplied ARGB image (full-range BT.601, like the frames). An odd width or
     * height gets one transparent column or row.
     */
    public static OverlayTile of(BufferedImage image) {
        int w = image.getWidth() + (image.getWidth() & 1);
        int h = image.getHeight() + (image.getHeight() & 1);
        int[] argb = new int[w * h];
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), argb, 0, w);
        return of(argb, w, h);
    }

    /** Converts ARGB pixels ({@code w × h}, both even, row-major). */
    static OverlayTile of(int[] argb, int w, int h) {
        if ((w & 1) != 0 || (h & 1) != 0 || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("tile size must be positive and even: " + w + "x" + h);
        }
        OverlayTile t = new OverlayTile(w, h);
        for (int row = 0; row < h; row++) {
            int first = w, last = 0;
            for (int col = 0; col < w; col++) {
                int p = argb[row * w + col];
                int a = p >>> 24;
                t.alpha[row * w + col] = (byte) a;
                t.y[row * w + col] = (byte) luma(p);
                if (a != 0) {
                    first = Math.min(first, col);
                    last = col + 1;
                }
            }
            t.rowStart[row] = first & ~1; // chroma blocks start on even columns
            t.rowEnd[row] = last + (last & 1);
        }
        int cw = w / 2;
        for (int by = 0; by < h / 2; by++) {
            for (int bx = 0; bx < cw; bx++) {
                long sa = 0, su = 0, sv = 0;
                for (int k = 0; k < 4; k++) {
                    int p = argb[(2 * by + (k >> 1)) * w + 2 * bx + (k & 1)];
                    int a = p >>> 24;
                    sa += a;
                    su += (long) a * cb(p);
                    sv += (long) a * cr(p);
                }
                int i = by * cw + bx;
                t.chromaAlpha[i] = (byte) ((sa + 2) / 4);
                t.u[i] = (byte) (sa == 0 ? 128 : (su + sa / 2) / sa);
                t.v[i] = (byte) (sa == 0 ? 128 : (sv + sa / 2) / sa);
            }
        }
        return t;
    }

    static int luma(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return clamp((int) Math.round(0.299 * r + 0.587 * g + 0.114 * b));
    }

    static int cb(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return clamp((int) Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b));
    }

    static int cr(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return clamp((int) Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
