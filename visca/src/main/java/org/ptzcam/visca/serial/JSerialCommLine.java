package org.ptzcam.visca.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** A {@link SerialLine} on jSerialComm: 8N1, no flow control, as VISCA wants. Opens pty paths too. */
public final class JSerialCommLine implements SerialLine {
    /** How long a read waits before returning 0, so the reader thread notices close(). */
    static final int READ_TIMEOUT_MS = 200;

    private final SerialPort port;
    private final String path;

    private JSerialCommLine(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    public static JSerialCommLine open(String path, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) { // jSerialComm's SerialPortInvalidPortException for a path that does not exist
            throw new IOException("no serial port " + path + " (" + e.getMessage() + ")", e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new JSerialCommLine(port, path);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (!port.isOpen()) {
            return -1;
        }
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            if (!port.isOpen()) {
                return -1;
            }
            throw new IOException("read error on " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n <= 0) {
                throw new IOException("write error on " + path + " (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return path;
    }
}
