package org.ptzcam.media.world;

/**
 * Surface looks: daytime colour (sRGB-ish, already "exposed"), colour when lit at night (or -1 for
 * none), grain (the amplitude in luma steps of the fine direction-anchored noise that keeps
 * surfaces detailed at any zoom) and a block-and-joint {@link Texture} seen when zoomed in.
 */
enum Material {
    // ground
    GRASS(0x5f8a45, -1, 16),
    PAVING(0xaaa49a, -1, 9),
    SIDEWALK(0xb8b4ac, -1, 7),
    ASPHALT(0x505357, -1, 9),
    WATER(0x4a6e86, -1, 4),
    FIELD(0x8a9a5c, -1, 12),
    GRAVEL(0x9c8f7c, -1, 14),
    MARKING(0xe8e6dc, -1, 3),
    SHADOW(0x3c3c3e, -1, 4),
    LAMP_POOL(0x000000, 0xc0a070, 6),
    LAMP_POOL_CORE(0x000000, 0xc0a070, 6),
    // buildings
    CONCRETE(0xb4afa5, -1, 9, Texture.PANELS),
    BRICK(0x9c5a44, -1, 13, Texture.BRICK),
    PLASTER_CREAM(0xd6c9a4, -1, 11),
    PLASTER_BLUE(0x9fb2c4, -1, 11),
    PLASTER_WHITE(0xdedbd2, -1, 10),
    PLASTER_OCHRE(0xc9a060, -1, 12),
    STONE(0x8e8a82, -1, 12, Texture.STONE),
    ROOF(0x5d5652, -1, 11),
    ROOF_TILE(0x94503a, -1, 12, Texture.TILES),
    GLASS(0x3e4b5a, -1, 3),
    REFLECTION(0x647688, -1, 3),
    REFLECTION_LIT(0x647688, 0xffd890, 3),
    GLASS_TOWER(0x6d8aa3, -1, 3),
    WINDOW_LIT(0x3e4b5a, 0xffd890, 3),
    TOWER_WINDOW_LIT(0x6d8aa3, 0xe8e0b0, 3),
    FRAME(0xe4e2dc, -1, 2),
    DOOR(0x5a3e2c, -1, 6),
    // furniture and landmarks
    METAL(0x82878c, -1, 5),
    POLE(0x4c5156, -1, 4),
    LAMP(0xd8d8d0, 0xfff2c8, 2),
    TRUNK(0x5e4634, -1, 12),
    LEAVES(0x3f6e33, -1, 22),
    LEAVES_DARK(0x2f5a2a, -1, 22),
    TOWER_RED(0xbe2e26, -1, 5),
    TOWER_WHITE(0xe6e6e6, -1, 5),
    BEACON(0x902020, 0xff3020, 0),
    HILL(0x5f7550, -1, 12),
    MOUNTAIN(0x7c8ca0, -1, 8),
    SIGN_PANEL(0x1f6a42, 0x1c5a3a, 0),
    SIGN_TEXT(0xf4f4f0, 0xffffff, 0),
    // vehicles
    CAR_RED(0xb02a2a, -1, 3),
    CAR_BLUE(0x2a4c9a, -1, 3),
    CAR_WHITE(0xe2e2e0, -1, 3),
    CAR_DARK(0x2a2c30, -1, 3),
    CAR_SILVER(0xa8adb2, -1, 3),
    CAR_YELLOW(0xe0b62a, -1, 3),
    CAR_WINDOW(0x2a323c, -1, 2),
    TYRE(0x1e1e1e, -1, 3),
    HEADLIGHT(0xdcdcd2, 0xfffff0, 0),
    TAILLIGHT(0x8c1c1c, 0xff3a2a, 0),
    // people
    SKIN(0xc89e80, -1, 4),
    SKIN_DARK(0x7a5640, -1, 4),
    HAIR(0x2e2420, -1, 6),
    SHIRT_RED(0xb8383a, -1, 6),
    SHIRT_BLUE(0x3a62a8, -1, 6),
    SHIRT_GREEN(0x3e8a4e, -1, 6),
    SHIRT_WHITE(0xe0e0dc, -1, 6),
    SHIRT_YELLOW(0xdcc040, -1, 6),
    TROUSERS(0x34384a, -1, 6),
    TROUSERS_LIGHT(0x8a7e68, -1, 6),
    // sky
    SUN(0xfffbe8, -1, 0),
    MOON(0xd8dce4, -1, 0),
    STAR(0xf0f0ff, -1, 0),
    CLOUD(0xf2f3f6, -1, 0);

    final int rgb;
    final int nightRgb;
    final int grain;
    final Texture texture;

    Material(int rgb, int nightRgb, int grain) {
        this(rgb, nightRgb, grain, Texture.NONE);
    }

    Material(int rgb, int nightRgb, int grain, Texture texture) {
        this.rgb = rgb;
        this.nightRgb = nightRgb;
        this.grain = grain;
        this.texture = texture;
    }

    boolean glowsAtNight() {
        return nightRgb >= 0;
    }
}
