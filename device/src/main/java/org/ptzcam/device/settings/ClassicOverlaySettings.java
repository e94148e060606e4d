package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The classic VAPIX overlay parameters, as Axis firmware lists them under {@code root.Image}: one
 * text line ({@code Image.I0.Text.*}: date, clock and a string, top or bottom) and one image
 * ({@code Image.I0.Overlay.*} with {@code Image.OverlayPath}). Older VMSs and scripts set overlays
 * only this way. {@code device.overlay.ClassicOverlays} turns them into ordinary overlays of the
 * overlay model, drawn with the dynamic ones.
 *
 * @param textEnabled  show {@code string}
 * @param string       the text; may hold the overlay modifiers ({@code %T}, {@code #x}…)
 * @param position     {@code top} or {@code bottom} (left-aligned, as on the hardware)
 * @param color        {@code white} or {@code black}
 * @param bgColor      {@code black}, {@code white}, {@code transparent} or {@code semitransparent}
 * @param textSize     {@code small}, {@code medium} or {@code large}
 * @param clockEnabled show the time ({@code %T}) before the text
 * @param dateEnabled  show the date ({@code %F}) first
 * @param imageEnabled show the image {@code overlayPath}
 * @param imageX       the image's left edge, pixels of the capture mode's full picture
 * @param imageY       its top edge
 * @param overlayPath  an uploaded overlay image (Video › Overlays › Manage images), empty for none
 */
public record ClassicOverlaySettings(boolean textEnabled, String string, String position, String color,
        String bgColor, String textSize, boolean clockEnabled, boolean dateEnabled, boolean imageEnabled, int imageX,
        int imageY, String overlayPath) {

    public static final String TEXT_ENABLED = "Image.I0.Text.TextEnabled";
    public static final String STRING = "Image.I0.Text.String";
    public static final String POSITION = "Image.I0.Text.Position";
    public static final String COLOR = "Image.I0.Text.Color";
    public static final String BG_COLOR = "Image.I0.Text.BGColor";
    public static final String TEXT_SIZE = "Image.I0.Text.TextSize";
    public static final String CLOCK_ENABLED = "Image.I0.Text.ClockEnabled";
    public static final String DATE_ENABLED = "Image.I0.Text.DateEnabled";
    public static final String OVERLAY_ENABLED = "Image.I0.Overlay.Enabled";
    public static final String OVERLAY_X = "Image.I0.Overlay.XPos";
    public static final String OVERLAY_Y = "Image.I0.Overlay.YPos";
    public static final String OVERLAY_PATH = "Image.OverlayPath";

    /** Longest {@code Text.String}: the limit of dynamic overlay texts. */
    public static final int MAX_STRING = 512;

    private static final String SECTION = "Overlays (Video › Overlays)";

    private static final List<SettingDef> DEFINITIONS = List.of(
            // in the order Axis firmware lists them
            def(BG_COLOR, EnumType.of("black", "white", "transparent", "semitransparent"), "black",
                    "Background of the text line; transparent shows no box (the hardware has no separate"
                            + " BGColorEnabled) and outlines the glyphs in the other colour, semitransparent is black"
                            + " at half opacity."),
            def(CLOCK_ENABLED, BooleanType.YES_NO, "no", "Show the time (HH:MM:SS, 24 h) before the text."),
            def(COLOR, EnumType.of("white", "black"), "white", "Text colour."),
            def(DATE_ENABLED, BooleanType.YES_NO, "no", "Show the date (YYYY-MM-DD) first."),
            def(POSITION, EnumType.of("top", "bottom"), "top", "Where the text line sits: top or bottom left."),
            def(STRING, TextType.printable(0, MAX_STRING), "", "The overlay text. Modifiers are expanded per frame,"
                    + " as in dynamic overlays (%F, %T, #x pan, #y tilt, #z zoom, #b bitrate…; media/README)."),
            def(TEXT_ENABLED, BooleanType.YES_NO, "no", "Show Text.String in the text overlay line."),
            def(TEXT_SIZE, EnumType.of("small", "medium", "large"), "medium", "Text height: 1/45, 1/30 or 1/20"
                    + " of the picture's height (24, 36 or 54 pixels at 1080 lines)."),
            def(OVERLAY_ENABLED, BooleanType.YES_NO, "no", "Show the image Image.OverlayPath."),
            def(OVERLAY_X, new IntRangeType(0, 8192), "0", "Left edge of the image overlay in pixels of the capture"
                    + " mode's full picture; kept inside the picture."),
            def(OVERLAY_Y, new IntRangeType(0, 8192), "0", "Top edge of the image overlay in pixels; kept inside."),
            def(OVERLAY_PATH, TextType.printable(0, 255), "", "The image overlay: the name of an uploaded image"
                    + " (uploadoverlayimage.cgi); a path such as /etc/overlays/logo.png counts by its last part."
                    + " An update naming no uploaded image is refused; an image in use cannot be deleted."));

    /** The paths of this group. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    private static SettingDef def(String path, SettingType type, String defaultValue, String text) {
        return new SettingDef(path, type, defaultValue, VIEWER, OPERATOR, text, SECTION);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static ClassicOverlaySettings from(Function<String, String> values) {
        return new ClassicOverlaySettings(BooleanType.YES_NO.parse(values.apply(TEXT_ENABLED)), values.apply(STRING),
                values.apply(POSITION), values.apply(COLOR), values.apply(BG_COLOR), values.apply(TEXT_SIZE),
                BooleanType.YES_NO.parse(values.apply(CLOCK_ENABLED)),
                BooleanType.YES_NO.parse(values.apply(DATE_ENABLED)),
                BooleanType.YES_NO.parse(values.apply(OVERLAY_ENABLED)), Integer.parseInt(values.apply(OVERLAY_X)),
                Integer.parseInt(values.apply(OVERLAY_Y)), values.apply(OVERLAY_PATH));
    }
}
