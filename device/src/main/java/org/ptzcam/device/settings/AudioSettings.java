package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Audio › Device settings (manual: Audio): the audio input and its encoder. Operators may change
 * them. G.711 has a fixed sample rate and bit rate: the encoder uses {@link #effectiveSampleRate()}
 * and {@link #effectiveBitRateKbps()}, which ignore {@code SampleRate} and {@code BitRate} for it.
 *
 * @param input          which input is heard: the (simulated) microphone or line-in
 * @param inputGainDb    gain applied to the input, −20…+30 dB
 * @param phantomPower   power for the microphone on the input (the microphone power LED)
 * @param encoding       audio codec of streams that include audio
 * @param sampleRate     sample rate in Hz as set (G.711 always uses 8000)
 * @param bitRateKbps    target bit rate in kbit/s as set (G.711 always uses 64)
 */
public record AudioSettings(Input input, int inputGainDb, boolean phantomPower, Encoding encoding, int sampleRate,
        int bitRateKbps) {

    /** {@code AudioSource.A0.Input}. */
    public enum Input implements SettingEnum {
        MICROPHONE, LINE;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code AudioSource.A0.AudioEncoding}; G.711 is µ-law. */
    public enum Encoding implements SettingEnum {
        OPUS, AAC, G711;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String INPUT = "AudioSource.A0.Input";
    public static final String INPUT_GAIN = "AudioSource.A0.InputGain";
    public static final String PHANTOM_POWER = "AudioSource.A0.PhantomPower";
    public static final String ENCODING = "AudioSource.A0.AudioEncoding";
    public static final String SAMPLE_RATE = "AudioSource.A0.SampleRate";
    public static final String BIT_RATE = "AudioSource.A0.BitRate";

    /** The sample rate and bit rate G.711 µ-law always uses. */
    public static final int G711_SAMPLE_RATE = 8000;
    public static final int G711_BIT_RATE_KBPS = 64;

    private static final String SECTION = "Audio › Add audio to your recording (Audio › Device settings)";

    private static final List<SettingDef> DEFINITIONS = List.of(
            def(INPUT, EnumType.of(Input.class), Input.MICROPHONE.id(), "Which input streams carry: microphone"
                    + " (the simulated microphone: ambient sound and a short beep each second) or line (line-in,"
                    + " played from an audio file)."),
            def(INPUT_GAIN, new IntRangeType(-20, 30), "0", "Gain applied to the input, in dB: higher is louder"
                    + " (and clips sooner), negative is quieter."),
            def(PHANTOM_POWER, BooleanType.YES_NO, "no", "Power for a microphone on the input (electret/phantom"
                    + " power). The microphone power LED shows it."),
            def(ENCODING, EnumType.of(Encoding.class), Encoding.AAC.id(), "Audio codec of streams that include audio:"
                    + " opus, aac (AAC-LC) or g711 (G.711 µ-law, always 8000 Hz and 64 kbit/s)."),
            def(SAMPLE_RATE, EnumType.of("8000", "16000", "48000"), "16000", "Sample rate in Hz: higher carries"
                    + " higher tones. Ignored by g711, which always uses 8000."),
            def(BIT_RATE, new IntRangeType(8, 128), "32", "Target bit rate of the audio encoder in kbit/s: higher"
                    + " sounds better and uses more bandwidth. Ignored by g711, which always uses 64."));

    /** The paths of this group. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} (as a settings listener hears them) touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    /** The sample rate the encoder uses: {@link #sampleRate()}, or 8000 for G.711. */
    public int effectiveSampleRate() {
        return encoding == Encoding.G711 ? G711_SAMPLE_RATE : sampleRate;
    }

    /** The bit rate the encoder uses: {@link #bitRateKbps()}, or 64 for G.711. */
    public int effectiveBitRateKbps() {
        return encoding == Encoding.G711 ? G711_BIT_RATE_KBPS : bitRateKbps;
    }

    private static SettingDef def(String path, SettingType type, String defaultValue, String description) {
        return new SettingDef(path, type, defaultValue, VIEWER, OPERATOR, description, SECTION);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static AudioSettings from(Function<String, String> values) {
        return new AudioSettings(EnumType.constant(Input.class, values.apply(INPUT)),
                Integer.parseInt(values.apply(INPUT_GAIN)),
                BooleanType.YES_NO.parse(values.apply(PHANTOM_POWER)),
                EnumType.constant(Encoding.class, values.apply(ENCODING)),
                Integer.parseInt(values.apply(SAMPLE_RATE)),
                Integer.parseInt(values.apply(BIT_RATE)));
    }
}
