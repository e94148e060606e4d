package org.ptzcam.visca.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ptzcam.visca.SimulatedViscaCamera;
import org.ptzcam.visca.ViscaScale;
import org.ptzcam.visca.codec.ReplyEncoder;
import org.ptzcam.visca.codec.ViscaReply;

/** Engine semantics on bytes, against the kinematic stand-in camera. */
class ViscaEngineTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final SimulatedViscaCamera camera = new SimulatedViscaCamera();
    private final ViscaEngine engine = new ViscaEngine(camera);

    /** Collects replies as the hex a controller would see from camera 1. */
    static final class Replies implements ReplySink {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void reply(ViscaReply reply) {
            seen.add(org.ptzcam.visca.codec.ViscaCases.hex(ReplyEncoder.encode(1, reply)));
        }
    }

    @AfterEach
    void close() {
        camera.close();
    }

    private Replies send(String hex) {
        Replies r = new Replies();
        send(hex, r);
        return r;
    }

    private void send(String hex, Replies r) {
        byte[] m = org.ptzcam.visca.codec.ViscaCases.hex(hex);
        engine.receive(m, 0, m.length, r);
    }

    @Test
    void continuousCommandsAreAckedThenCompletedAtOnce() {
        Replies r = send("81 01 06 01 18 14 02 03 FF"); // pan right, full speed
        assertThat(r.seen).containsExactly("90 41 FF", "90 51 FF");
        await().atMost(PATIENCE).until(() -> camera.state().panDegrees() > 5);
        assertThat(send("81 01 06 01 18 14 03 03 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        assertThat(engine.busySockets()).isZero();
    }

    @Test
    void absoluteMoveCompletesWhenMotionEndsAndInquiryReadsTheTarget() {
        Replies r = send("81 01 06 02 18 14 00 01 0B 00 00 00 09 00 FF"); // pan 0x01B0 = 30°, tilt 0x0090 = 10°
        assertThat(r.seen).containsExactly("90 41 FF");
        assertThat(engine.busySockets()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> r.seen.size() == 2);
        assertThat(r.seen).containsExactly("90 41 FF", "90 51 FF");
        assertThat(send("81 09 06 12 FF").seen).containsExactly("90 50 00 01 0B 00 00 00 09 00 FF");
        assertThat(camera.state().panDegrees()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void bothSocketsBusyMeansBufferFullAndCancelFreesOne() {
        // slowest speed: 30° takes 6 s, 10° tilt ~2 s; zoom to 30× takes 1 s
        Replies first = send("81 01 06 02 01 01 00 01 0B 00 00 00 09 00 FF");
        Replies second = send("81 01 04 47 04 00 00 00 FF");
        Replies third = send("81 01 06 04 FF");
        assertThat(first.seen).containsExactly("90 41 FF");
        assertThat(second.seen).first().isEqualTo("90 42 FF");
        assertThat(third.seen).containsExactly("90 60 03 FF");

        Replies cancel = send("81 21 FF");
        assertThat(cancel.seen).containsExactly("90 61 04 FF");
        assertThat(send("81 21 FF").seen).containsExactly("90 61 05 FF");
        assertThat(send("81 23 FF").seen).containsExactly("90 63 05 FF");
        await().atMost(PATIENCE).until(() -> second.seen.size() == 2);
        assertThat(second.seen).containsExactly("90 42 FF", "90 52 FF");
        assertThat(first.seen).as("a cancelled command gets no completion").containsExactly("90 41 FF");
        double panAfterCancel = camera.state().panDegrees();
        assertThat(panAfterCancel).isLessThan(29);
        assertThat(camera.moving()).as("cancel stopped the pan/tilt move").isFalse();
    }

    @Test
    void ifClearEmptiesSocketsStopsMotionAndAnswers9050() {
        Replies move = send("81 01 06 02 01 01 00 01 0B 00 00 00 09 00 FF");
        assertThat(engine.busySockets()).isEqualTo(1);
        assertThat(send("81 01 00 01 FF").seen).containsExactly("90 50 FF");
        assertThat(engine.busySockets()).isZero();
        assertThat(camera.moving()).isFalse();
        assertThat(send("88 01 00 01 FF").seen).containsExactly("88 01 00 01 FF");
        assertThat(move.seen).containsExactly("90 41 FF");
    }

    @Test
    void inquiriesAnswerAtOnceEvenWithBothSocketsBusy() {
        send("81 01 06 02 01 01 00 01 0B 00 00 00 09 00 FF");
        send("81 01 04 47 04 00 00 00 FF");
        assertThat(send("81 09 04 00 FF").seen).containsExactly("90 50 02 FF");
        assertThat(send("81 09 06 11 FF").seen).containsExactly("90 50 18 14 FF");
        assertThat(send("81 09 00 02 FF").seen).containsExactly("90 50 00 01 07 00 01 00 02 FF");
        assertThat(send("81 09 04 38 FF").seen).containsExactly("90 50 02 FF");
    }

    @Test
    void zoomAndFocusDirectReadBackThroughTheScale() {
        Replies z = send("81 01 04 47 02 00 00 00 FF");
        await().atMost(PATIENCE).until(() -> z.seen.size() == 2);
        assertThat(send("81 09 04 47 FF").seen).containsExactly("90 50 02 00 00 00 FF");
        assertThat(camera.state().zoomFactor()).isCloseTo(Math.sqrt(30), org.assertj.core.data.Offset.offset(0.01));

        assertThat(send("81 01 04 48 08 00 00 00 FF").seen).as("manual focus command in AF").containsExactly("90 61 41 FF");
        assertThat(send("81 01 04 38 03 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        Replies f = send("81 01 04 48 08 00 00 00 FF");
        await().atMost(PATIENCE).until(() -> f.seen.size() == 2);
        assertThat(f.seen).containsExactly("90 41 FF", "90 51 FF");
        assertThat(send("81 09 04 48 FF").seen).containsExactly("90 50 08 00 00 00 FF");
        assertThat(send("81 09 04 38 FF").seen).containsExactly("90 50 03 FF");
    }

    @Test
    void presetSetAndRecallCompletesAtTheStoredPosition() {
        Replies go = send("81 01 06 02 18 14 0F 0E 02 00 00 00 00 00 FF"); // pan −0x1E0 = −33.3°
        await().atMost(PATIENCE).until(() -> go.seen.size() == 2);
        assertThat(send("81 01 04 3F 01 07 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        Replies home = send("81 01 06 04 FF");
        await().atMost(PATIENCE).until(() -> home.seen.size() == 2);
        Replies recall = send("81 01 04 3F 02 07 FF");
        assertThat(recall.seen).containsExactly("90 41 FF");
        await().atMost(PATIENCE).until(() -> recall.seen.size() == 2);
        assertThat(send("81 09 06 12 FF").seen).containsExactly("90 50 0F 0E 02 00 00 00 00 00 FF");
        assertThat(send("81 01 04 3F 00 07 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        assertThat(send("81 01 04 3F 02 07 FF").seen).as("recall of a removed preset").containsExactly("90 61 41 FF");
    }

    @Test
    void standbyRefusesCommandsButAnswersInquiries() {
        assertThat(send("81 01 04 00 03 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        assertThat(send("81 09 04 00 FF").seen).containsExactly("90 50 03 FF");
        assertThat(send("81 01 06 04 FF").seen).containsExactly("90 61 41 FF");
        assertThat(send("81 01 04 00 02 FF").seen).containsExactly("90 41 FF", "90 51 FF");
    }

    @Test
    void limitsClampAbsoluteMoves() {
        // up-right corner at pan +10° (0x0090), tilt +5° (0x0048)
        assertThat(send("81 01 06 07 00 01 00 00 09 00 00 00 04 08 FF").seen).containsExactly("90 41 FF", "90 51 FF");
        Replies go = send("81 01 06 02 18 14 00 01 0B 00 00 00 09 00 FF"); // 30°, 10°
        await().atMost(PATIENCE).until(() -> go.seen.size() == 2);
        assertThat(send("81 09 06 12 FF").seen).containsExactly("90 50 00 00 09 00 00 00 04 08 FF");
        assertThat(send("81 01 06 07 01 01 07 0F 0F 0F 07 0F 0F 0F FF").seen).containsExactly("90 41 FF", "90 51 FF");
        Replies again = send("81 01 06 02 18 14 00 01 0B 00 00 00 09 00 FF");
        await().atMost(PATIENCE).until(() -> again.seen.size() == 2);
        assertThat(send("81 09 06 12 FF").seen).containsExactly("90 50 00 01 0B 00 00 00 09 00 FF");
    }

    @Test
    void garbageGetsTheProtocolsErrorNotAnException() {
        assertThat(send("81 09 04").seen).containsExactly("90 60 01 FF");
        assertThat(send("81 01 04 99 FF").seen).containsExactly("90 60 02 FF");
        assertThat(send("81 01 06 01 05 05 07 07 FF").seen).containsExactly("90 60 02 FF");
        assertThat(send("88 30 01 FF").seen).containsExactly("88 30 02 FF");
    }

    @Test
    void scaleRoundTripsEveryUnit() {
        for (int units = -2592; units <= 2592; units++) {
            assertThat(ViscaScale.panUnits(ViscaScale.degrees(units))).isEqualTo(units);
        }
        for (int z = 0; z <= 0x4000; z++) {
            assertThat(ViscaScale.zoomPosition(ViscaScale.zoomFactor(z))).isEqualTo(z);
        }
        for (int f = 0x1000; f <= 0xF000; f += 7) {
            assertThat(ViscaScale.focusPosition(ViscaScale.focus(f))).isEqualTo(f);
        }
    }
}
