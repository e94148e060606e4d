package org.ptzcam.media.overlay;

import java.time.ZonedDateTime;
import org.ptzcam.media.view.ViewState;

/**
 * What text modifiers show for one frame.
 *
 * @param wallClock    the camera's date and time (its zone) for {@code %} codes
 * @param view         the requested PTZ view ({@code #x #y #z #Z}), not the shaken one the lens renders
 * @param fps          the measured capture frame rate ({@code #r #R}), 0 before two frames
 * @param bitrateKbps  the video bitrate ({@code #b #B}), negative when unknown (then blank)
 * @param sequence     the capture's frame number ({@code #s})
 * @param preset       the preset the camera is at ({@code #p #P}), or null
 * @param hostName     {@code #n}
 * @param videoSource  {@code #v}, counted from 1
 * @param dynamicText  {@code #D}
 */
public record OverlayFacts(ZonedDateTime wallClock, ViewState view, double fps, double bitrateKbps, long sequence,
        PresetSupplier.Preset preset, String hostName, int videoSource, String dynamicText) {
}
