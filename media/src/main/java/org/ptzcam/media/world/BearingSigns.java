package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;

/** Builds the ring of bearing signs: one every 30°, 300 m out, panels ~3° above the horizon. */
final class BearingSigns {

    static final double DISTANCE_M = 300;
    static final double ELEVATION_DEG = 3;
    private static final double UNIT_M = 10 / StrokeFont.HEIGHT; // 10 m tall digits
    private static final double STROKE = 1.0;
    private static final double MARGIN = 2.2;

    private final List<Structure> structures = new ArrayList<>();
    private final List<BearingSign> signs = new ArrayList<>();

    BearingSigns(double camH) {
        for (int bearing = 0; bearing < 360; bearing += 30) {
            build(camH, bearing, label(bearing));
        }
    }

    static String label(int bearing) {
        return switch (bearing) {
            case 0 -> "N 0°";
            case 90 -> "E 90°";
            case 180 -> "S 180°";
            case 270 -> "W 270°";
            default -> bearing + "°";
        };
    }

    private void build(double camH, int bearing, String text) {
        double b = Math.toRadians(bearing);
        double x = DISTANCE_M * StrictMath.sin(b), z = DISTANCE_M * StrictMath.cos(b);
        double centerY = camH + DISTANCE_M * StrictMath.tan(Math.toRadians(ELEVATION_DEG));
        double textW = StrokeFont.width(text) * UNIT_M;
        double pw = textW + 2 * MARGIN * UNIT_M, ph = (StrokeFont.HEIGHT + 2 * MARGIN) * UNIT_M;
        Plane pl = Plane.facingCamera(x, centerY, z, camH, true);
        Shapes s = new Shapes(camH);
        for (double side : new double[] {-1, 1}) {
            double u = side * (pw / 2 - 2.5);
            s.pole(Material.POLE, pl.worldX(u, 0), pl.worldZ(u, 0), 0.7, 0, centerY - ph / 2);
        }
        pl.rect(s, Material.SIGN_TEXT, -pw / 2, -ph / 2, pw / 2, ph / 2);
        double rim = 0.5 * UNIT_M;
        pl.rect(s, Material.SIGN_PANEL, -pw / 2 + rim, -ph / 2 + rim, pw / 2 - rim, ph / 2 - rim);
        StrokeFont.draw(s, pl, Material.SIGN_TEXT, text, -textW / 2, -StrokeFont.HEIGHT / 2 * UNIT_M, UNIT_M, STROKE);
        structures.add(s.build());
        double widthDeg = 2 * Math.toDegrees(StrictMath.atan(pw / 2 / DISTANCE_M));
        double heightDeg = Math.toDegrees(StrictMath.atan((centerY + ph / 2 - camH) / DISTANCE_M)
                - StrictMath.atan((centerY - ph / 2 - camH) / DISTANCE_M));
        signs.add(new BearingSign(bearing, text, DISTANCE_M, ELEVATION_DEG, widthDeg, heightDeg));
    }

    List<Structure> structures() { return structures; }
    List<BearingSign> signs() { return signs; }
}
