package org.ptzcam.media.world;

/**
 * A bearing marker in the simulated world: a large lit sign on two masts on the horizon carrying
 * its bearing ("0°", "30°", …, cardinal ones also "N", "E", "S", "W"), so a person watching the
 * video sees where the camera points. Angles are as seen from the camera.
 *
 * @param bearingDeg         bearing of the sign's centre, clockwise from north
 * @param label              the text painted on it
 * @param distanceM          horizontal distance from the camera
 * @param centerElevationDeg elevation of the panel's centre
 * @param widthDeg           angular width of the panel
 * @param heightDeg          angular height of the panel
 */
public record BearingSign(double bearingDeg, String label, double distanceM,
                          double centerElevationDeg, double widthDeg, double heightDeg) {
}
