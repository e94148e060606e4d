package org.ptzcam.media.world;

import java.util.Map;

/**
 * A tiny vector font (digits, °, N E S W, space) drawn as thick strokes: each stroke becomes a quad,
 * so lettering is geometry and stays sharp at any zoom. Glyphs live in a 4 × 6 unit box, baseline
 * at v = 0; strokes get square caps so corners close.
 */
final class StrokeFont {

    static final double HEIGHT = 6;
    private static final double GAP = 1.4;

    // segments as x0,y0,x1,y1 in glyph units
    private static final double[] A = {0, 6, 4, 6}, B = {4, 6, 4, 3}, C = {4, 3, 4, 0}, D = {0, 0, 4, 0};
    private static final double[] E = {0, 0, 0, 3}, F = {0, 3, 0, 6}, G = {0, 3, 4, 3};

    private static final Map<Character, double[][]> GLYPHS = Map.ofEntries(
            Map.entry('0', new double[][] {A, B, C, D, E, F}),
            Map.entry('1', new double[][] {{2, 0, 2, 6}, {2, 6, 0.8, 4.8}, {0.8, 0, 3.2, 0}}),
            Map.entry('2', new double[][] {A, B, G, E, D}),
            Map.entry('3', new double[][] {A, B, G, C, D}),
            Map.entry('4', new double[][] {{3, 0, 3, 6}, {3, 6, 0, 2}, {0, 2, 4, 2}}),
            Map.entry('5', new double[][] {A, F, G, C, D}),
            Map.entry('6', new double[][] {A, F, G, E, D, C}),
            Map.entry('7', new double[][] {A, {4, 6, 1.5, 0}}),
            Map.entry('8', new double[][] {A, B, C, D, E, F, G}),
            Map.entry('9', new double[][] {A, B, C, D, F, G}),
            Map.entry('°', new double[][] {{0, 4.4, 1.6, 4.4}, {1.6, 4.4, 1.6, 6}, {1.6, 6, 0, 6}, {0, 6, 0, 4.4}}),
            Map.entry('N', new double[][] {{0, 0, 0, 6}, {0, 6, 4, 0}, {4, 0, 4, 6}}),
            Map.entry('E', new double[][] {{0, 0, 0, 6}, A, {0, 3, 3, 3}, D}),
            Map.entry('S', new double[][] {A, F, G, C, D}),
            Map.entry('W', new double[][] {{0, 6, 1, 0}, {1, 0, 2, 3.5}, {2, 3.5, 3, 0}, {3, 0, 4, 6}}),
            Map.entry(' ', new double[][] {}));

    private StrokeFont() {
    }

    private static double glyphWidth(char ch) {
        return ch == '°' ? 1.6 : ch == ' ' ? 1.2 : 4;
    }

    /** Width of a text in glyph units. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += glyphWidth(text.charAt(i)) + (i > 0 ? GAP : 0);
        }
        return w;
    }

    /**
     * Draws text on a plane: left end of the baseline at (u0, v0), {@code unit} metres per glyph
     * unit, strokes {@code stroke} units thick.
     */
    static void draw(Shapes s, Plane pl, Material m, String text, double u0, double v0, double unit, double stroke) {
        double pen = 0;
        double hw = stroke / 2;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            double[][] segs = GLYPHS.get(ch);
            if (segs == null) {
                throw new IllegalArgumentException("no glyph for '" + ch + "'");
            }
            for (double[] sg : segs) {
                double dx = sg[2] - sg[0], dy = sg[3] - sg[1], len = Math.hypot(dx, dy);
                dx /= len;
                dy /= len;
                // square caps close corners between straight strokes; diagonals end flush
                double cap = dx == 0 || dy == 0 ? hw : 0;
                double ax = sg[0] - dx * cap, ay = sg[1] - dy * cap, bx = sg[2] + dx * cap, by = sg[3] + dy * cap;
                double px = -dy * hw, py = dx * hw;
                pl.polygon(s, m,
                        u0 + (pen + ax + px) * unit, v0 + (ay + py) * unit,
                        u0 + (pen + bx + px) * unit, v0 + (by + py) * unit,
                        u0 + (pen + bx - px) * unit, v0 + (by - py) * unit,
                        u0 + (pen + ax - px) * unit, v0 + (ay - py) * unit);
            }
            pen += glyphWidth(ch) + GAP;
        }
    }
}
