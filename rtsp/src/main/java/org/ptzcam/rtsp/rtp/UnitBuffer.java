package org.ptzcam.rtsp.rtp;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one access unit being rebuilt, with a ceiling: a sender that never sets the marker
 * bit (or lies about sizes) must not make a depayloader grow without end. Past the limit the
 * buffer stops taking bytes and reports {@link #overflowed()} until it is reset; the unit is then
 * dropped like one with a lost packet.
 */
public final class UnitBuffer extends ByteArrayOutputStream {

    /** Largest unit rebuilt: far above a 4K intra frame at broadcast bitrates. */
    public static final int MAX_UNIT_BYTES = 16 << 20;

    private boolean overflowed;

    @Override
    public synchronized void write(int b) {
        if (fits(1)) {
            super.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (fits(len)) {
            super.write(b, off, len);
        }
    }

    private boolean fits(int len) {
        if (overflowed || count + (long) len > MAX_UNIT_BYTES) {
            overflowed = true;
            return false;
        }
        return true;
    }

    /** Bytes were refused since the last reset. */
    public boolean overflowed() {
        return overflowed;
    }

    @Override
    public synchronized void reset() {
        super.reset();
        overflowed = false;
    }
}
