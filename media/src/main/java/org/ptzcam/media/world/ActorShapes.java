package org.ptzcam.media.world;

/** Builds a car or a walking person at a pose, as polygons for one frame. */
final class ActorShapes {

    static final double CAR_LENGTH = 4.4, CAR_WIDTH = 1.8, CAR_HEIGHT = 1.45, PERSON_HEIGHT = 1.75;

    private ActorShapes() {
    }

    static Structure car(double camH, double x, double z, double heading, Material paint, boolean lampsOn) {
        Shapes s = new Shapes(camH);
        double fx = StrictMath.sin(heading), fz = StrictMath.cos(heading); // forward
        double rx = fz, rz = -fx;                                           // right
        Oriented o = new Oriented(s, x, z, fx, fz, rx, rz);
        if (!lampsOn) {
            o.flat(Material.SHADOW, -2.5, -1.05, 2.5, 1.05, 0.02);
        }
        o.box(paint, paint, -2.2, -0.9, 2.2, 0.9, 0.3, 1.0);
        for (double along : new double[] {-1.35, 1.35}) {
            o.side(Material.TYRE, along - 0.34, along + 0.34, 0.0, 0.66, 0.91);
        }
        o.end(Material.HEADLIGHT, 2.21, -0.8, -0.45, 0.62, 0.8);
        o.end(Material.HEADLIGHT, 2.21, 0.45, 0.8, 0.62, 0.8);
        o.end(Material.TAILLIGHT, -2.21, -0.8, -0.5, 0.65, 0.85);
        o.end(Material.TAILLIGHT, -2.21, 0.5, 0.8, 0.65, 0.85);
        o.box(Material.CAR_WINDOW, paint, -1.3, -0.78, 0.9, 0.78, 1.0, 1.45);
        return s.build();
    }

    static Structure person(double camH, double x, double z, double stridePhase, Material shirt, Material legs,
                            Material skin, boolean lampsOn) {
        Shapes s = new Shapes(camH);
        if (!lampsOn) {
            s.disc(Material.SHADOW, x, 0.02, z, 0.35, 8);
        }
        Plane pl = Plane.facingCamera(x, 0, z, camH, true);
        double swing = 0.2 * StrictMath.sin(stridePhase);
        pl.polygon(s, legs, -0.16, 0.9, -0.02, 0.9, -0.02 + swing, 0, -0.16 + swing, 0);
        pl.polygon(s, legs, 0.02, 0.9, 0.16, 0.9, 0.16 - swing, 0, 0.02 - swing, 0);
        double arm = 0.6 * swing;
        pl.polygon(s, shirt, -0.3, 1.42, -0.2, 1.42, -0.2 - arm, 0.82, -0.3 - arm, 0.82);
        pl.polygon(s, shirt, 0.2, 1.42, 0.3, 1.42, 0.3 + arm, 0.82, 0.2 + arm, 0.82);
        pl.polygon(s, shirt, -0.21, 0.86, 0.21, 0.86, 0.23, 1.44, -0.23, 1.44);
        pl.rect(s, skin, -0.05, 1.42, 0.05, 1.52);
        pl.ellipse(s, skin, 0, 1.62, 0.1, 0.13, 10);
        pl.ellipse(s, Material.HAIR, 0, 1.69, 0.1, 0.07, 10);
        return s.build();
    }

    /** Places car-local coordinates (along, across, up) in the world. */
    private record Oriented(Shapes s, double x, double z, double fx, double fz, double rx, double rz) {

        double wx(double along, double across) { return x + fx * along + rx * across; }
        double wz(double along, double across) { return z + fz * along + rz * across; }

        void box(Material side, Material top, double a0, double c0, double a1, double c1, double y0, double y1) {
            quad(side, -fx, -fz, a0, c0, a0, c1, y0, y1);
            quad(side, fx, fz, a1, c0, a1, c1, y0, y1);
            quad(side, -rx, -rz, a0, c0, a1, c0, y0, y1);
            quad(side, rx, rz, a0, c1, a1, c1, y0, y1);
            flat(top, a0, c0, a1, c1, y1);
        }

        void flat(Material m, double a0, double c0, double a1, double c1, double y) {
            s.poly(m, 0, 1, 0, wx(a0, c0), y, wz(a0, c0), wx(a1, c0), y, wz(a1, c0),
                    wx(a1, c1), y, wz(a1, c1), wx(a0, c1), y, wz(a0, c1));
        }

        /** Wheels on both flanks at a given distance from the centre line. */
        void side(Material m, double a0, double a1, double y0, double y1, double across) {
            quad(m, rx, rz, a0, across, a1, across, y0, y1);
            quad(m, -rx, -rz, a0, -across, a1, -across, y0, y1);
        }

        /** Lamp on the front (along > 0) or back face. */
        void end(Material m, double along, double c0, double c1, double y0, double y1) {
            double sg = Math.signum(along);
            quad(m, sg * fx, sg * fz, along, c0, along, c1, y0, y1);
        }

        private void quad(Material m, double ox, double oz, double a0, double c0, double a1, double c1, double y0, double y1) {
            s.poly(m, ox, 0, oz, wx(a0, c0), y0, wz(a0, c0), wx(a1, c1), y0, wz(a1, c1),
                    wx(a1, c1), y1, wz(a1, c1), wx(a0, c0), y1, wz(a0, c0));
        }
    }
}
