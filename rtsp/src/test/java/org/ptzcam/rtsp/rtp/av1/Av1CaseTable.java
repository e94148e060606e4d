package org.ptzcam.rtsp.rtp.av1;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Hand-made AV1 temporal units (low-overhead OBUs) and their packet counts at a 200-byte limit. */
final class Av1CaseTable {

    /** One OBU: type, extension byte or -1, payload size. */
    record Obu(int type, int extension, int size) {
    }

    record Case(String name, List<Obu> obus, int packets) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int MAX = 200;
    static final int TD = 2;
    static final int SEQ = 1;
    static final int FRAME = 6;
    static final int METADATA = 5;

    static final List<Case> CASES = List.of(
            new Case("small inter frame", List.of(new Obu(TD, -1, 0), new Obu(FRAME, -1, 40)), 1),
            new Case("key frame: sequence header and frame aggregated", List.of(new Obu(TD, -1, 0), new Obu(SEQ, -1, 12),
                    new Obu(FRAME, -1, 100)), 1),
            new Case("four OBUs: W=0, every element sized", List.of(new Obu(TD, -1, 0), new Obu(SEQ, -1, 12),
                    new Obu(METADATA, -1, 5), new Obu(METADATA, -1, 6), new Obu(FRAME, -1, 50)), 1),
            new Case("frame fragmented over packets", List.of(new Obu(TD, -1, 0), new Obu(FRAME, -1, 1000)), 6),
            new Case("element exactly filling a packet", List.of(new Obu(TD, -1, 0), new Obu(FRAME, -1, 196)), 1),
            new Case("extension header kept", List.of(new Obu(TD, -1, 0), new Obu(FRAME, 0x28, 300)), 2),
            new Case("two-byte LEB128 sizes", List.of(new Obu(TD, -1, 0), new Obu(SEQ, -1, 10), new Obu(FRAME, -1, 20_000)),
                    102));

    private Av1CaseTable() {
    }

    /** The temporal unit as an encoder writes it: every OBU with a size field. */
    static byte[] unit(List<Obu> obus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int seed = 1;
        for (Obu o : obus) {
            out.write((o.type() << 3) | 0x02 | (o.extension() >= 0 ? 0x04 : 0));
            if (o.extension() >= 0) {
                out.write(o.extension());
            }
            long v = o.size();
            while (v >= 0x80) {
                out.write((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
            for (int i = 0; i < o.size(); i++) {
                out.write(i * 13 + seed);
            }
            seed++;
        }
        return out.toByteArray();
    }
}
