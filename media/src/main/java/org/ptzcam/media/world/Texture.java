package org.ptzcam.media.world;

/**
 * Procedural surface patterns of blocks and joints (bricks, stone, concrete panels, roof tiles),
 * evaluated at each pixel's own surface position in millimetres (see {@link TextureFill}), so a
 * wall seen at 30× shows crisp mortar lines and brick-to-brick tone at any magnification. Dimensions include the
 * joint; every other course shifts by {@code stagger}.
 */
enum Texture {
    NONE(1, 1, 0, 0, 0, 0),
    BRICK(225, 75, 10, 112, 30, 12),
    STONE(600, 300, 12, 300, -34, 10),
    PANELS(1500, 750, 10, 0, -26, 5),
    TILES(300, 180, 22, 150, -36, 10);

    /** Offset added to surface millimetres (keeps numbers positive and comparable across faces). */
    static final int ORIGIN_MM = 1 << 24;

    final int width, height, joint, stagger, jointDelta;
    /** Luma offsets per block, picked by a hash of the block's indices. */
    private final byte[] tones = new byte[16];

    Texture(int width, int height, int joint, int stagger, int jointDelta, int tone) {
        this.width = width;
        this.height = height;
        this.joint = joint;
        this.stagger = stagger;
        this.jointDelta = jointDelta;
        for (int i = 0; i < tones.length; i++) {
            tones[i] = (byte) Math.round(tone * (Grain.hash(ordinal() + 7, i, 0) / 128.0));
        }
    }

    /** Luma offset of the block in column {@code block} of course {@code course}. */
    int tone(long block, long course) {
        return tones[((int) block * 0x9E3779B1 ^ (int) course * 0x85EBCA77) >>> 28];
    }

    /** Room the pattern needs on either side of a base luma. */
    int headroom() {
        int max = Math.abs(jointDelta);
        for (byte t : tones) {
            max = Math.max(max, Math.abs(t));
        }
        return max;
    }
}
