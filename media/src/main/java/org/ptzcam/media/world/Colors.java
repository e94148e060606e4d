package org.ptzcam.media.world;

/** Colour arithmetic: RGB (0–255 doubles or packed 0xRRGGBB) to full-range BT.601 YUV packed as 0xYYUUVV. */
final class Colors {

    private Colors() {
    }

    static double r(int rgb) { return (rgb >> 16) & 255; }
    static double g(int rgb) { return (rgb >> 8) & 255; }
    static double b(int rgb) { return rgb & 255; }

    static int yuv(double r, double g, double b) {
        int y = clamp(0.299 * r + 0.587 * g + 0.114 * b);
        int u = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        int v = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
        return y << 16 | u << 8 | v;
    }

    static int y(int yuv) { return (yuv >> 16) & 255; }
    static int u(int yuv) { return (yuv >> 8) & 255; }
    static int v(int yuv) { return yuv & 255; }

    /** Linear mix of two packed RGB colours, t = 0 gives a. */
    static int mixRgb(int a, int b, double t) {
        return rgb(r(a) + (r(b) - r(a)) * t, g(a) + (g(b) - g(a)) * t, b(a) + (b(b) - b(a)) * t);
    }

    static int rgb(double r, double g, double b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
