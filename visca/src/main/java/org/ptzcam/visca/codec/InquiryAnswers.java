package org.ptzcam.visca.codec;

import org.ptzcam.visca.codec.ViscaReply.InquiryAnswer;

/** The data of each inquiry answer, in the layouts clients parse (lengths matter to them). */
public final class InquiryAnswers {
    private InquiryAnswers() {
    }

    /** {@code y0 50 FF}: IF_Clear's answer. */
    public static InquiryAnswer empty() {
        return new InquiryAnswer(new byte[0]);
    }

    /** {@code y0 50 02 FF} on, {@code 03} standby. */
    public static InquiryAnswer power(boolean on) {
        return new InquiryAnswer(new byte[] {(byte) (on ? 0x02 : 0x03)});
    }

    /** {@code y0 50 0p 0q 0r 0s FF}. */
    public static InquiryAnswer zoomPosition(int position) {
        return fourNibbles(position);
    }

    /** {@code y0 50 0p 0q 0r 0s FF}. */
    public static InquiryAnswer focusPosition(int position) {
        return fourNibbles(position);
    }

    /** {@code y0 50 02 FF} auto, {@code 03} manual. */
    public static InquiryAnswer focusMode(boolean auto) {
        return new InquiryAnswer(new byte[] {(byte) (auto ? 0x02 : 0x03)});
    }

    /** {@code y0 50 0p 0p 0p 0p 0t 0t 0t 0t FF}: always the 11-byte form (PTZOptics clients insist). */
    public static InquiryAnswer panTiltPosition(int pan, int tilt) {
        byte[] d = new byte[8];
        Nibbles.put(d, 0, 4, pan);
        Nibbles.put(d, 4, 4, tilt);
        return new InquiryAnswer(d);
    }

    /** {@code y0 50 ww zz FF}: maximum pan and tilt speed codes. */
    public static InquiryAnswer maxSpeed(int pan, int tilt) {
        return new InquiryAnswer(new byte[] {(byte) (pan & 0x7F), (byte) (tilt & 0x7F)});
    }

    /** {@code y0 50 GG GG HH HH JJ JJ KK FF}: vendor, model, ROM revision, maximum socket. */
    public static InquiryAnswer version(int vendor, int model, int rom, int maxSocket) {
        return new InquiryAnswer(new byte[] {(byte) (vendor >> 8), (byte) vendor, (byte) (model >> 8), (byte) model,
                (byte) (rom >> 8), (byte) rom, (byte) maxSocket});
    }

    private static InquiryAnswer fourNibbles(int value) {
        byte[] d = new byte[4];
        Nibbles.put(d, 0, 4, value);
        return new InquiryAnswer(d);
    }
}
