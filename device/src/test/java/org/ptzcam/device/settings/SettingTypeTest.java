package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.device.AccessLevel;

/** One table: for every type, raw input → normalised value, or null when it must be refused. */
class SettingTypeTest {
    private static final SettingType YES_NO = BooleanType.YES_NO;
    private static final SettingType TRUE_FALSE = BooleanType.TRUE_FALSE;
    private static final SettingType PORT = new IntRangeType(1, 65_535);
    private static final SettingType SIGNED = new IntRangeType(-180, 180);
    private static final SettingType MODE = EnumType.of("auto", "day", "night");
    private static final SettingType HOST = TextType.hostName();
    private static final SettingType LABEL = TextType.printable(1, 5);
    private static final SettingType OPTIONAL = TextType.printable(0, 3);

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(YES_NO, "yes", "yes"),
                Arguments.of(YES_NO, "NO", "no"),
                Arguments.of(YES_NO, "true", "yes"),
                Arguments.of(YES_NO, "off", "no"),
                Arguments.of(YES_NO, "1", "yes"),
                Arguments.of(YES_NO, "maybe", null),
                Arguments.of(YES_NO, "", null),
                Arguments.of(YES_NO, " yes", null),
                Arguments.of(TRUE_FALSE, "yes", "true"),
                Arguments.of(TRUE_FALSE, "False", "false"),
                Arguments.of(TRUE_FALSE, "2", null),
                Arguments.of(PORT, "554", "554"),
                Arguments.of(PORT, "0080", "80"),
                Arguments.of(PORT, "1", "1"),
                Arguments.of(PORT, "65535", "65535"),
                Arguments.of(PORT, "0", null),
                Arguments.of(PORT, "65536", null),
                Arguments.of(PORT, "-1", null),
                Arguments.of(PORT, "12a", null),
                Arguments.of(PORT, "", null),
                Arguments.of(PORT, "99999999999999999999", null),
                Arguments.of(SIGNED, "-180", "-180"),
                Arguments.of(SIGNED, "-0", "0"),
                Arguments.of(SIGNED, "+5", null),
                Arguments.of(SIGNED, "-181", null),
                Arguments.of(MODE, "day", "day"),
                Arguments.of(MODE, "NIGHT", "night"),
                Arguments.of(MODE, "dusk", null),
                Arguments.of(MODE, "", null),
                Arguments.of(HOST, "camera-1", "camera-1"),
                Arguments.of(HOST, "Cam", "Cam"),
                Arguments.of(HOST, "a".repeat(63), "a".repeat(63)),
                Arguments.of(HOST, "a".repeat(64), null),
                Arguments.of(HOST, "", null),
                Arguments.of(HOST, "-cam", null),
                Arguments.of(HOST, "cam-", null),
                Arguments.of(HOST, "cam.local", null),
                Arguments.of(HOST, "cam_1", null),
                Arguments.of(HOST, "kamera-ä", null),
                Arguments.of(LABEL, "Gate", "Gate"),
                Arguments.of(LABEL, " a b ", " a b "),
                Arguments.of(LABEL, "Fönst", "Fönst"),
                Arguments.of(LABEL, "😀😀😀😀😀", "😀😀😀😀😀"),
                Arguments.of(LABEL, "toolong", null),
                Arguments.of(LABEL, "", null),
                Arguments.of(LABEL, "a\nb", null),
                Arguments.of(LABEL, "a\tb", null),
                Arguments.of(LABEL, "a\u2028b", null),
                Arguments.of(OPTIONAL, "", ""));
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @MethodSource("table")
    void validatesAndNormalises(SettingType type, String raw, String expected) {
        Validation result = type.validate(raw);
        if (expected == null) {
            assertThat(result).isInstanceOf(Validation.Invalid.class);
            assertThat(((Validation.Invalid) result).reason()).isNotBlank();
        } else {
            assertThat(result).isEqualTo(new Validation.Valid(expected));
        }
    }

    @Test
    void describesItselfForTheReference() {
        assertThat(PORT.kind()).isEqualTo("integer");
        assertThat(PORT.allowed()).isEqualTo("1 – 65535");
        assertThat(YES_NO.kind()).isEqualTo("yes/no");
        assertThat(MODE.allowed()).isEqualTo("auto, day, night");
        assertThat(HOST.allowed()).startsWith("1 – 63 characters");
    }

    @Test
    void definitionRefusesAnInvalidOrUnnormalisedDefault() {
        assertThatThrownBy(() -> new SettingDef("A.B", PORT, "0", AccessLevel.VIEWER, AccessLevel.ADMIN, "d", "s"))
                .hasMessageContaining("A.B");
        assertThatThrownBy(() -> new SettingDef("A.B", YES_NO, "true", AccessLevel.VIEWER, AccessLevel.ADMIN, "d", "s"))
                .hasMessageContaining("normalised");
    }

    @Test
    void definitionRefusesWriteBelowRead() {
        assertThatThrownBy(() -> new SettingDef("A.B", YES_NO, "no", AccessLevel.ADMIN, AccessLevel.OPERATOR, "d", "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
