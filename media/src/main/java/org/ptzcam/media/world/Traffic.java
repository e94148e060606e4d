package org.ptzcam.media.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people and vehicles that move through the scene. Each goes round a closed {@link Route}
 * with a whole-millisecond period, so its position is a pure function of scene time and exactly
 * repeats: {@code s = length · ((t + offset) mod period) / period}.
 */
final class Traffic {

    private record Mover(int id, SceneActor.Kind kind, Route route, long periodMs, long offsetMs,
                         Material paint, Material legs, Material skin) {

        double speed() {
            return route.length() * 1000.0 / periodMs;
        }

        double distanceAlong(long timeMs) {
            return route.length() * Math.floorMod(timeMs + offsetMs, periodMs) / periodMs;
        }
    }

    private static final Material[] CAR_PAINT = {Material.CAR_RED, Material.CAR_BLUE, Material.CAR_WHITE,
        Material.CAR_DARK, Material.CAR_SILVER, Material.CAR_YELLOW, Material.CAR_WHITE, Material.CAR_SILVER};
    private static final Material[] SHIRTS = {Material.SHIRT_RED, Material.SHIRT_BLUE, Material.SHIRT_GREEN,
        Material.SHIRT_WHITE, Material.SHIRT_YELLOW, Material.CAR_DARK};

    private final double camH;
    private final List<Mover> movers = new ArrayList<>();

    Traffic(long seed, double camH) {
        this.camH = camH;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x7EA1L);
        // right-hand traffic round the plaza: inner lane clockwise, outer lane anticlockwise
        addCars(rnd, Route.square(34.5, true), 4, 9, 12);
        addCars(rnd, Route.square(39.5, false), 4, 9, 12);
        addCars(rnd, Route.square(134.5, true), 4, 11, 14);
        addCars(rnd, Route.square(139.5, false), 3, 11, 14);
        addCars(rnd, Route.loop(2.5, 40, 2.5, 420, -2.5, 420, -2.5, 40), 4, 10, 15);
        for (int i = 0; i < 14; i++) {
            int n = 3 + rnd.nextInt(3);
            double[] pts = new double[2 * n];
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * (k + rnd.nextDouble(0.6)) / n, r = rnd.nextDouble(8, 25);
                pts[2 * k] = r * StrictMath.sin(a);
                pts[2 * k + 1] = r * StrictMath.cos(a);
            }
            addPerson(rnd, Route.loop(pts));
        }
        for (double half : new double[] {30, 44, 132, 142}) {
            for (int i = 0; i < 3; i++) {
                addPerson(rnd, Route.square(half, rnd.nextBoolean()));
            }
        }
    }

    private void addCars(SplittableRandom rnd, Route r, int count, double minSpeed, double maxSpeed) {
        long period = Math.round(r.length() / rnd.nextDouble(minSpeed, maxSpeed) * 1000);
        for (int i = 0; i < count; i++) {
            long offset = period * i / count + rnd.nextLong(period / (4L * count));
            movers.add(new Mover(movers.size(), SceneActor.Kind.VEHICLE, r, period, offset,
                    CAR_PAINT[rnd.nextInt(CAR_PAINT.length)], null, null));
        }
    }

    private void addPerson(SplittableRandom rnd, Route r) {
        long period = Math.round(r.length() / rnd.nextDouble(1.0, 1.7) * 1000);
        movers.add(new Mover(movers.size(), SceneActor.Kind.PERSON, r, period, rnd.nextLong(period),
                SHIRTS[rnd.nextInt(SHIRTS.length)], rnd.nextBoolean() ? Material.TROUSERS : Material.TROUSERS_LIGHT,
                rnd.nextInt(3) == 0 ? Material.SKIN_DARK : Material.SKIN));
    }

    List<SceneActor> actorsAt(long timeMs) {
        List<SceneActor> out = new ArrayList<>(movers.size());
        double[] pose = new double[3];
        for (Mover m : movers) {
            m.route().at(m.distanceAlong(timeMs), pose);
            boolean car = m.kind() == SceneActor.Kind.VEHICLE;
            double height = car ? ActorShapes.CAR_HEIGHT : ActorShapes.PERSON_HEIGHT;
            double dist = Math.hypot(pose[0], pose[1]);
            double bearing = Math.toDegrees(StrictMath.atan2(pose[0], pose[1]));
            double heading = Math.toDegrees(pose[2]);
            out.add(new SceneActor(m.id(), m.kind(), pose[0], pose[1], heading < 0 ? heading + 360 : heading,
                    m.speed(), bearing < 0 ? bearing + 360 : bearing,
                    Math.toDegrees(StrictMath.atan2(height / 2 - camH, dist)), dist, height));
        }
        return out;
    }

    List<Structure> structuresAt(long timeMs, boolean lampsOn) {
        List<Structure> out = new ArrayList<>(movers.size());
        double[] pose = new double[3];
        for (Mover m : movers) {
            double s = m.distanceAlong(timeMs);
            m.route().at(s, pose);
            out.add(m.kind() == SceneActor.Kind.VEHICLE
                    ? ActorShapes.car(camH, pose[0], pose[1], pose[2], m.paint(), lampsOn)
                    : ActorShapes.person(camH, pose[0], pose[1], s / 0.7 * Math.PI, m.paint(), m.legs(), m.skin(), lampsOn));
        }
        return out;
    }
}
