package org.ptzcam.visca.codec;

import java.util.Arrays;
import java.util.HexFormat;

/** A camera→controller VISCA message. */
public sealed interface ViscaReply {

    /** {@code y0 4z FF}: the command went into socket z. */
    record Ack(int socket) implements ViscaReply {
    }

    /** {@code y0 5z FF}: the command in socket z has finished. */
    record Completion(int socket) implements ViscaReply {
    }

    /**
     * {@code y0 50 data FF}: an inquiry's answer (also IF_Clear's, with no data). Built by
     * {@link InquiryAnswers}; the array is copied in and never exposed.
     */
    record InquiryAnswer(byte[] data) implements ViscaReply {
        public InquiryAnswer {
            data = data.clone();
        }

        public int length() {
            return data.length;
        }

        public int at(int i) {
            return data[i] & 0xFF;
        }

        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InquiryAnswer other && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "InquiryAnswer[" + HexFormat.ofDelimiter(" ").formatHex(data) + "]";
        }
    }

    /** {@code y0 6z EE FF}. */
    record ErrorReply(int socket, ViscaError error) implements ViscaReply {
    }

    /** {@code 88 30 0n FF}: Address Set passed on with the next free address. */
    record AddressSetNext(int address) implements ViscaReply {
    }

    /** {@code 88 01 00 01 FF}: broadcast IF_Clear passed on. */
    record IfClearBroadcast() implements ViscaReply {
    }

    /** {@code y0 38 FF}: sent by a serial camera at start-up. */
    record NetworkChange() implements ViscaReply {
    }
}
