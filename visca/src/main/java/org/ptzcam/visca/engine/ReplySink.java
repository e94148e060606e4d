package org.ptzcam.visca.engine;

import org.ptzcam.visca.codec.ViscaReply;

/**
 * Where the replies to one request go (a UDP peer with the request's sequence number, a serial
 * port). Called from the engine's caller for ACKs and errors and from the camera's thread for
 * completions; must not block for long.
 */
@FunctionalInterface
public interface ReplySink {
    void reply(ViscaReply reply);
}
