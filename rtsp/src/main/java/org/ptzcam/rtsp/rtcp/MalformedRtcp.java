package org.ptzcam.rtsp.rtcp;

/** The bytes are not a valid RTCP compound packet (RFC 3550 §6.1, Appendix A.2 checks). */
public final class MalformedRtcp extends Exception {

    public MalformedRtcp(String message) {
        super(message, null, false, false);
    }
}
