package org.ptzcam.codec.video;

/**
 * A frame rate as a fraction, e.g. 30/1 or 30000/1001.
 *
 * @param numerator   frames
 * @param denominator per this many seconds
 */
public record FrameRate(int numerator, int denominator) {

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate must be positive: " + numerator + "/" + denominator);
        }
        if ((double) numerator / denominator > 240) {
            throw new IllegalArgumentException("frame rate above 240 fps: " + numerator + "/" + denominator);
        }
    }

    /** A whole number of frames per second. */
    public static FrameRate of(int fps) {
        return new FrameRate(fps, 1);
    }

    /** Frames per second as a double. */
    public double fps() {
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return denominator == 1 ? Integer.toString(numerator) : numerator + "/" + denominator;
    }
}
