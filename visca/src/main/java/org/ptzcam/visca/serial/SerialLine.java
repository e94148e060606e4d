package org.ptzcam.visca.serial;

import java.io.IOException;

/** One serial port as a byte pipe (the transport's only view of jSerialComm). */
public interface SerialLine extends AutoCloseable {
    /** Reads what is there, waiting a little: the count, 0 after a quiet moment, −1 once closed. */
    int read(byte[] buffer) throws IOException;

    /** Writes all bytes. Thread-safe: replies come from several threads. */
    void write(byte[] data) throws IOException;

    @Override
    void close();
}
