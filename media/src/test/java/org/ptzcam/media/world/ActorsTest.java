package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

class ActorsTest {

    private final SimulatedWorld world = new SimulatedWorld(5);
    private static final long T = SimulatedWorldTest.NOON;

    @Test
    void peopleAndVehiclesAreAPureFunctionOfTime() {
        assertThat(world.actorsAt(T + 777)).isEqualTo(new SimulatedWorld(5).actorsAt(T + 777));
        assertThat(world.actorsAt(T)).extracting(SceneActor::kind)
                .contains(SceneActor.Kind.PERSON, SceneActor.Kind.VEHICLE);
    }

    @Test
    void theyMoveAtTheirSpeed() {
        List<SceneActor> a = world.actorsAt(T), b = world.actorsAt(T + 100);
        int straight = 0;
        for (int i = 0; i < a.size(); i++) {
            SceneActor p = a.get(i), q = b.get(i);
            assertThat(q.id()).isEqualTo(p.id());
            double moved = Math.hypot(q.x() - p.x(), q.z() - p.z());
            assertThat(moved).isLessThanOrEqualTo(p.speedMps() * 0.1 + 1e-9);
            if (p.headingDeg() == q.headingDeg()) { // not turning a corner
                assertThat(moved).isCloseTo(p.speedMps() * 0.1, within(1e-6));
                straight++;
            }
            double speedLimit = p.kind() == SceneActor.Kind.VEHICLE ? 16 : 2;
            assertThat(p.speedMps()).isBetween(0.5, speedLimit);
        }
        assertThat(straight).isGreaterThan(a.size() / 2);
    }

    @Test
    void bearingsAndElevationsAreAsSeenFromTheCamera() {
        for (SceneActor a : world.actorsAt(T)) {
            double bearing = Math.toDegrees(Math.atan2(a.x(), a.z()));
            assertThat(a.bearingDeg()).isCloseTo(bearing < 0 ? bearing + 360 : bearing, within(1e-9));
            assertThat(a.distanceM()).isCloseTo(Math.hypot(a.x(), a.z()), within(1e-9));
            assertThat(a.elevationDeg()).isNegative(); // all below the camera on its 12 m mast
        }
    }

    @Test
    void aCarIsDrawnWhereItIsReported() {
        SceneActor car = world.actorsAt(T).stream().filter(a -> a.kind() == SceneActor.Kind.VEHICLE)
                .filter(a -> a.distanceM() < 60).findFirst().orElseThrow();
        ViewState onCar = ViewState.of(car.bearingDeg(), car.elevationDeg(), 8);
        YuvFrame now = SimulatedWorldTest.render(world, onCar, T, 320, 180);
        // a minute later the car has gone round the block: the centre of the picture changes
        YuvFrame later = SimulatedWorldTest.render(world, onCar, T + 60_000, 320, 180);
        assertThat(Luma.difference(now, later, 140, 70, 180, 110)).isGreaterThan(10);
    }
}
