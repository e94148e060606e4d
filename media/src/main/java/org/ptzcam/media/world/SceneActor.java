package org.ptzcam.media.world;

/**
 * Where a moving thing is at one scene time, in world metres (x east, z north) and as seen from
 * the camera. Positions are a pure function of scene time, so motion detection and autotracking
 * can be tested against them.
 *
 * @param id           stable identity across frames
 * @param kind         person or vehicle
 * @param x            east of the camera, metres
 * @param z            north of the camera, metres
 * @param headingDeg   direction of travel, clockwise from north
 * @param speedMps     ground speed
 * @param bearingDeg   bearing from the camera, 0 ≤ b < 360
 * @param elevationDeg elevation from the camera of the actor's middle (negative: below the camera)
 * @param distanceM    horizontal distance from the camera
 * @param heightM      how tall it is
 */
public record SceneActor(int id, Kind kind, double x, double z, double headingDeg, double speedMps,
                         double bearingDeg, double elevationDeg, double distanceM, double heightM) {

    public enum Kind { PERSON, VEHICLE }
}
