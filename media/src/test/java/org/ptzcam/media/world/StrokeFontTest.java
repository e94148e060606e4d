package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrokeFontTest {

    @Test
    void everySignLabelCanBeDrawn() {
        for (int bearing = 0; bearing < 360; bearing += 30) {
            Shapes s = new Shapes(12);
            Plane pl = Plane.facingCamera(0, 12, 100, 12, true);
            StrokeFont.draw(s, pl, Material.SIGN_TEXT, BearingSigns.label(bearing), 0, 0, 1, 1);
            assertThat(s.isEmpty()).isFalse();
        }
    }

    @Test
    void widthGrowsWithTheText() {
        assertThat(StrokeFont.width("330°")).isGreaterThan(StrokeFont.width("30°"));
        assertThat(StrokeFont.width("0")).isEqualTo(4);
    }

    @Test
    void unknownCharactersAreRefused() {
        Shapes s = new Shapes(12);
        Plane pl = Plane.facingCamera(0, 12, 100, 12, true);
        assertThatThrownBy(() -> StrokeFont.draw(s, pl, Material.SIGN_TEXT, "Q", 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
