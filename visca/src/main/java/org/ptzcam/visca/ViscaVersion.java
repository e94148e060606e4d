package org.ptzcam.visca;

/**
 * What CAM_VersionInq answers ({@code y0 50 GG GG HH HH JJ JJ KK FF}). No byte may be 0xFF (the
 * terminator). The default reports vendor 0x0001 (Sony's VISCA family, which clients key their
 * command set on), a model number of ours, and two sockets.
 */
public record ViscaVersion(int vendor, int model, int romRevision, int maxSocket) {
    public static final ViscaVersion DEFAULT = new ViscaVersion(0x0001, 0x0700, 0x0100, 2);

    public ViscaVersion {
        for (int v : new int[] {vendor, model, romRevision}) {
            if (v < 0 || v > 0xFFFF || (v >> 8) == 0xFF || (v & 0xFF) == 0xFF) {
                throw new IllegalArgumentException("version fields are 16 bits without an FF byte: " + v);
            }
        }
        if (maxSocket < 1 || maxSocket > 2) {
            throw new IllegalArgumentException("maxSocket must be 1 or 2");
        }
    }
}
