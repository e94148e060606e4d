package org.ptzcam.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final List<String> events = new ArrayList<>();

    private Lifecycle.Stage stage(String name) {
        return Lifecycle.Stage.of(name, () -> {
            events.add("start " + name);
            return () -> events.add("stop " + name);
        });
    }

    @Test
    void startsInOrderAndStopsInReverse() throws Exception {
        Lifecycle l = new Lifecycle(List.of(stage("a"), stage("b"), stage("c")));
        l.start();
        l.close();
        assertThat(events).containsExactly("start a", "start b", "start c", "stop c", "stop b", "stop a");
        assertThat(l.isRunning()).isFalse();
    }

    @Test
    void failedStartStopsWhatHadStarted() {
        Lifecycle l = new Lifecycle(List.of(stage("a"), Lifecycle.Stage.of("b", () -> {
            throw new IllegalStateException("port busy");
        }), stage("c")));
        assertThatThrownBy(l::start).hasMessage("port busy");
        assertThat(events).containsExactly("start a", "stop a");
        assertThat(l.isRunning()).isFalse();
    }

    @Test
    void restartRecreatesEverything() throws Exception {
        Lifecycle l = new Lifecycle(List.of(stage("a"), stage("b")));
        l.start();
        l.restart();
        assertThat(events).containsExactly("start a", "start b", "stop b", "stop a", "start a", "start b");
        l.close();
    }

    @Test
    void aFailingCloseDoesNotKeepOthersRunning() throws Exception {
        Lifecycle l = new Lifecycle(List.of(stage("a"), Lifecycle.Stage.of("b", () -> () -> {
            throw new IllegalStateException("stuck");
        })));
        l.start();
        l.close();
        assertThat(events).containsExactly("start a", "stop a");
    }
}
