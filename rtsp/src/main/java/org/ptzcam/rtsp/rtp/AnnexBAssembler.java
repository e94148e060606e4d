package org.ptzcam.rtsp.rtp;

/**
 * Collects NAL units of one access unit for the H.264/H.265 depayloaders and hands them out as
 * Annex-B (4-byte start codes). A sequence gap spoils the unit until the next marker; so does a
 * unit larger than {@link UnitBuffer#MAX_UNIT_BYTES}, so memory stays bounded without markers.
 */
public final class AnnexBAssembler {

    private final UnitBuffer unit = new UnitBuffer();
    private UnitBuffer fragment;
    private int expectedSequence = -1;
    private long timestamp = -1;
    private boolean broken;

    /** Checks order and timestamp; returns false if the packet must be ignored. */
    public boolean accept(RtpPacket p) {
        if (expectedSequence >= 0 && p.sequence() != expectedSequence) {
            broken = true;
        }
        if (timestamp >= 0 && p.timestamp() != timestamp && unit.size() > 0) {
            broken = true; // previous unit lost its marker packet
        }
        expectedSequence = (p.sequence() + 1) & 0xffff;
        timestamp = p.timestamp();
        return true;
    }

    public void nal(byte[] nal) {
        unit.write(0);
        unit.write(0);
        unit.write(0);
        unit.write(1);
        unit.writeBytes(nal);
    }

    /** Starts a fragmented NAL with its reconstructed header bytes. */
    public void fragmentStart(byte[] header) {
        fragment = new UnitBuffer();
        fragment.writeBytes(header);
    }

    /** Adds fragment bytes; false if no fragment was started (its start was lost). */
    public boolean fragmentData(byte[] data) {
        if (fragment == null) {
            broken = true;
            return false;
        }
        fragment.writeBytes(data);
        return true;
    }

    public void fragmentEnd() {
        if (fragment != null) {
            broken |= fragment.overflowed();
            nal(fragment.toByteArray());
            fragment = null;
        }
    }

    public void spoil() {
        broken = true;
    }

    /** On a marker packet: the finished unit, or null if it was spoiled; resets for the next. */
    public byte[] finish() {
        byte[] out = broken || unit.overflowed() || unit.size() == 0 ? null : unit.toByteArray();
        unit.reset();
        fragment = null;
        broken = false;
        timestamp = -1;
        return out;
    }
}
