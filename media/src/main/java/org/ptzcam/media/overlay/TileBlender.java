package org.ptzcam.media.overlay;

import java.nio.ByteBuffer;
import org.ptzcam.codec.YuvFrame;

/**
 * Alpha-blends an {@link OverlayTile} into an I420 frame: {@code out = (src·a + dst·(255 − a)) / 255},
 * rounded, on Y per pixel and on U/V per 2×2 block with the block's mean alpha. Parts outside the
 * frame are clipped; pixels outside the tile are never touched.
 */
public final class TileBlender {

    private TileBlender() {
    }

    /** Blends with the tile's top-left at ({@code x}, {@code y}); both are rounded down to even. */
    public static void blend(OverlayTile tile, YuvFrame frame, int x, int y) {
        x &= ~1;
        y &= ~1;
        int fw = frame.width(), fh = frame.height();
        int rows = Math.min(tile.height, fh - y);
        ByteBuffer luma = frame.y();
        for (int r = Math.max(0, -y); r < rows; r++) {
            int from = Math.max(tile.rowStart[r], -x);
            int to = Math.min(tile.rowEnd[r], fw - x);
            int t = r * tile.width;
            int f = (y + r) * fw + x;
            for (int c = from; c < to; c++) {
                int a = tile.alpha[t + c] & 255;
                if (a == 255) {
                    luma.put(f + c, tile.y[t + c]);
                } else if (a != 0) {
                    luma.put(f + c, (byte) mix(tile.y[t + c] & 255, luma.get(f + c) & 255, a));
                }
            }
        }
        int cw = tile.width / 2, fcw = fw / 2;
        int cx = x / 2, cy = y / 2;
        ByteBuffer cb = frame.u(), cr = frame.v();
        for (int r = Math.max(0, -cy); r < Math.min(tile.height / 2, fh / 2 - cy); r++) {
            // the block row spans the union of its two luma rows
            int from = Math.max(Math.min(tile.rowStart[2 * r], tile.rowStart[2 * r + 1]) / 2, -cx);
            int to = Math.min((Math.max(tile.rowEnd[2 * r], tile.rowEnd[2 * r + 1]) + 1) / 2, fcw - cx);
            int t = r * cw;
            int f = (cy + r) * fcw + cx;
            for (int c = from; c < to; c++) {
                int a = tile.chromaAlpha[t + c] & 255;
                if (a == 255) {
                    cb.put(f + c, tile.u[t + c]);
                    cr.put(f + c, tile.v[t + c]);
                } else if (a != 0) {
                    cb.put(f + c, (byte) mix(tile.u[t + c] & 255, cb.get(f + c) & 255, a));
                    cr.put(f + c, (byte) mix(tile.v[t + c] & 255, cr.get(f + c) & 255, a));
                }
            }
        }
    }

    /** (src·a + dst·(255 − a)) / 255, rounded to nearest, exact for all 8-bit inputs. */
    static int mix(int src, int dst, int a) {
        int v = src * a + dst * (255 - a) + 128;
        return (v + (v >> 8)) >> 8;
    }
}
