package org.ptzcam.visca.serial;

import java.io.IOException;
import java.util.HexFormat;
import org.ptzcam.visca.codec.DecodeResult;
import org.ptzcam.visca.codec.ReplyEncoder;
import org.ptzcam.visca.codec.RequestDecoder;
import org.ptzcam.visca.codec.ViscaError;
import org.ptzcam.visca.codec.ViscaReply;
import org.ptzcam.visca.codec.ViscaRequest;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.engine.ViscaWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VISCA over a serial line (RS-232/422), in any position of a daisy chain:
 * <ul>
 *   <li>messages for our address (any address point to point) go to the engine, replies back on IN
 *       with {@code y0} = 8 + our address;</li>
 *   <li>in chain, messages for other addresses go out unchanged on OUT, and everything arriving
 *       on OUT (replies of the cameras behind us) goes back unchanged on IN;</li>
 *   <li>Address Set {@code 88 30 0n FF}: take n, pass {@code 88 30 0(n+1) FF} on (OUT in chain, else
 *       back on IN, which is how the controller learns the count);</li>
 *   <li>IF_Clear broadcast: clear, pass the same bytes on (OUT in chain, else back on IN);</li>
 *   <li>at start-up: Network Change {@code y0 38 FF} on IN.</li>
 * </ul>
 * One reader thread per port; nothing else.
 */
public final class ViscaSerialTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViscaSerialTransport.class);
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private final ViscaEngine engine;
    private final ViscaSerialConfig config;
    private final SerialLine in;
    private final SerialLine out;
    private volatile int address = 1;
    private volatile boolean running;
    private Thread inReader;
    private Thread outReader;

    /** Opens the ports with jSerialComm. */
    public static ViscaSerialTransport open(ViscaEngine engine, ViscaSerialConfig config) throws IOException {
        SerialLine in = JSerialCommLine.open(config.device(), config.baud());
        try {
            SerialLine out = config.outDevice() == null ? null : JSerialCommLine.open(config.outDevice(), config.baud());
            return new ViscaSerialTransport(engine, config, in, out);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** On lines opened by the caller; {@code out} is null unless in chain. */
    public ViscaSerialTransport(ViscaEngine engine, ViscaSerialConfig config, SerialLine in, SerialLine out) {
        this.engine = engine;
        this.config = config;
        this.in = in;
        this.out = out;
    }

    /** Starts reading and announces the camera with Network Change. */
    public synchronized void start() {
        ViscaWarmUp.run(); // the first command would otherwise pay for loading the VISCA code
        running = true;
        inReader = reader(in, "visca-serial-in", this::fromController);
        if (out != null) {
            outReader = reader(out, "visca-serial-out", this::fromNextCamera);
        }
        send(in, ReplyEncoder.encode(address, new ViscaReply.NetworkChange()));
        LOG.info("VISCA serial on {} at {} baud, {}", config.device(), config.baud(), config.position());
    }

    /** The address taken by the last Address Set (1 until then). */
    public int address() {
        return address;
    }

    private Thread reader(SerialLine line, String name, java.util.function.Consumer<byte[]> onMessage) {
        Thread t = new Thread(() -> {
            SerialFramer framer = new SerialFramer();
            byte[] buf = new byte[256];
            while (running) {
                try {
                    int n = line.read(buf);
                    if (n < 0) {
                        break;
                    }
                    framer.feed(buf, n, onMessage, () -> overflow(line));
                } catch (IOException | RuntimeException e) {
                    if (running) {
                        LOG.warn("VISCA serial {}: {}", line, e.toString());
                        sleepQuietly();
                    }
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void overflow(SerialLine line) {
        LOG.info("VISCA serial {}: more than 16 bytes without FF, dropped", line);
        if (line == in) {
            reply(new ViscaReply.ErrorReply(0, ViscaError.MESSAGE_LENGTH));
        }
    }

    private void fromController(byte[] message) {
        int header = message[0] & 0xFF;
        if (header == 0x88) {
            broadcast(message);
            return;
        }
        int receiver = header & 0x07;
        boolean ours = config.position() == SerialPosition.POINT_TO_POINT || receiver == address;
        if (!ours && config.position() == SerialPosition.IN_CHAIN && (header & 0x80) != 0) {
            send(out, message);
            return;
        }
        if (!ours) {
            LOG.debug("VISCA serial: message for address {} ignored: {}", receiver, HEX.formatHex(message));
            return;
        }
        engine.receive(message, 0, message.length, this::reply);
    }

    private void broadcast(byte[] message) {
        DecodeResult r = RequestDecoder.decode(message);
        if (r instanceof DecodeResult.Ok ok && ok.request() instanceof ViscaRequest.AddressSet set) {
            address = Math.max(1, Math.min(7, set.address()));
            LOG.info("VISCA serial: address set to {}", address);
            byte[] next = ReplyEncoder.encode(address, new ViscaReply.AddressSetNext(address + 1));
            send(out != null ? out : in, next);
            return;
        }
        if (r instanceof DecodeResult.Ok ok && ok.request() instanceof ViscaRequest.IfClear) {
            engine.clear();
            send(out != null ? out : in, message);
            return;
        }
        // other broadcasts: act on them and pass them on, without a reply of our own
        if (r instanceof DecodeResult.Ok ok) {
            engine.handle(ok.request(), true, reply -> { });
        } else {
            LOG.info("VISCA serial: bad broadcast {}", HEX.formatHex(message));
        }
        if (out != null) {
            send(out, message);
        }
    }

    private void fromNextCamera(byte[] message) {
        send(in, message); // replies and passed-on broadcasts go back towards the controller unchanged
    }

    private void reply(ViscaReply reply) {
        send(in, ReplyEncoder.encode(address, reply));
    }

    private void send(SerialLine line, byte[] bytes) {
        try {
            line.write(bytes);
        } catch (IOException e) {
            LOG.warn("VISCA serial {}: write failed: {}", line, e.toString());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        in.close();
        if (out != null) {
            out.close();
        }
        for (Thread t : new Thread[] {inReader, outReader}) {
            if (t != null) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
