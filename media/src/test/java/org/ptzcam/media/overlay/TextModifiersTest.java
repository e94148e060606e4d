package org.ptzcam.media.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.ptzcam.media.view.ViewState;

class TextModifiersTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 1, 9, 7, 4, 5, 0, ZoneId.of("Europe/Stockholm"));

    private static OverlayFacts facts(ViewState view, PresetSupplier.Preset preset) {
        return new OverlayFacts(T, view, 24.96, 2345.6, 1234, preset, "cam-1", 1, "door open");
    }

    private static String expand(String s) {
        return TextModifiers.expand(s, facts(ViewState.of(-12.346, 5.5, 30), null));
    }

    @Test
    void strftimeCodesUseTheCameraClock() {
        assertThat(expand("%F %T")).isEqualTo("2026-01-09 07:04:05");
        assertThat(expand("%Y-%m-%d %H:%M:%S")).isEqualTo("2026-01-09 07:04:05");
        assertThat(expand("%c")).isEqualTo("Fri Jan  9 07:04:05 2026");
        assertThat(expand("%a %A %b %B %y %e %j %I%p %R %D %z")).isEqualTo("Fri Friday Jan January 26  9 009 07AM 07:04 01/09/26 +0100");
        assertThat(expand("100%% %Q")).isEqualTo("100% %Q");
    }

    @Test
    void hashCodesShowTheViewAndTheCamera() {
        assertThat(expand("#x #y #z #Z")).isEqualTo("-12.35 5.50 19999 30.0");
        assertThat(TextModifiers.expand("#z #Z", facts(ViewState.of(0, 0, 1), null))).isEqualTo("1 1.0");
        assertThat(expand("#r #R #b #B #s #v #n #D")).isEqualTo("25.0 25 2346 2.3 1234 1 cam-1 door open");
        assertThat(expand("[#p][#P]")).isEqualTo("[][]");
        assertThat(TextModifiers.expand("#p #P", facts(ViewState.home(), new PresetSupplier.Preset(3, "Gate"))))
                .isEqualTo("3 Gate");
        assertThat(expand("## #Q #")).isEqualTo("# #Q #");
    }

    @Test
    void unknownBitrateIsBlankAndPlainTextIsUntouched() {
        OverlayFacts f = new OverlayFacts(T, ViewState.home(), 0, -1, 0, null, "h", 1, "");
        assertThat(TextModifiers.expand("[#b][#B]", f)).isEqualTo("[][]");
        assertThat(TextModifiers.isConstant("Entrance North")).isTrue();
        assertThat(TextModifiers.expand("Entrance North", f)).isEqualTo("Entrance North");
    }
}
