package org.ptzcam.visca.codec;

/** What {@link RequestDecoder} made of one message. */
public sealed interface DecodeResult {

    /**
     * A well-formed request.
     *
     * @param receiver  receiver address 1..7 (0 for a malformed zero address), 8 for broadcast
     */
    record Ok(int sender, int receiver, ViscaRequest request) implements DecodeResult {
        public boolean broadcast() {
            return receiver == 8;
        }
    }

    /**
     * A message to answer with an error reply.
     *
     * @param receiver receiver address from the header, or -1 when there was no usable header
     * @param reason   one line for the log
     */
    record Rejected(int receiver, ViscaError error, String reason) implements DecodeResult {
    }
}
