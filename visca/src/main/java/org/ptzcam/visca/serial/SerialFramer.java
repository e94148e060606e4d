package org.ptzcam.visca.serial;

import java.util.Arrays;
import java.util.function.Consumer;
import org.ptzcam.visca.codec.RequestDecoder;

/**
 * Cuts a serial byte stream into VISCA messages at each {@code FF}. A run of more than 16 bytes
 * without {@code FF} is dropped up to the next {@code FF} and reported once, so line noise costs
 * one error reply and resynchronises on the next terminator. Not thread-safe: one per reader.
 */
final class SerialFramer {
    private final byte[] buf = new byte[RequestDecoder.MAX_LENGTH];
    private int len;
    private boolean overflowing;

    /** Feeds bytes; {@code message} gets each complete message, {@code overflow} each dropped run. */
    void feed(byte[] data, int n, Consumer<byte[]> message, Runnable overflow) {
        for (int i = 0; i < n; i++) {
            byte b = data[i];
            if (overflowing) {
                if ((b & 0xFF) == 0xFF) {
                    overflowing = false;
                    overflow.run();
                }
                continue;
            }
            if (len == buf.length) {
                overflowing = (b & 0xFF) != 0xFF;
                len = 0;
                if (!overflowing) {
                    overflow.run();
                }
                continue;
            }
            buf[len++] = b;
            if ((b & 0xFF) == 0xFF) {
                message.accept(Arrays.copyOf(buf, len));
                len = 0;
            }
        }
    }
}
