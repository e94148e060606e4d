package org.ptzcam.rtsp.message;

import java.util.List;

/**
 * Requests as real clients send them (written from rtsp.md §1 and the clients' sources), shared by
 * the decoder tests and, later, the fuzzer's seed corpus.
 */
final class RequestCases {

    record Case(String name, String wire, String method, String uri, String cseq, int headers, int bodyLength) {
    }

    static final String URL = "rtsp://127.0.0.1:554/axis-media/media.amp?videocodec=h264&resolution=640x360";

    static final List<Case> CASES = List.of(
            new Case("ffmpeg OPTIONS", "OPTIONS " + URL + " RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: Lavf59.27.100\r\n\r\n",
                    "OPTIONS", URL, "1", 2, 0),
            new Case("ffmpeg DESCRIBE", "DESCRIBE " + URL + " RTSP/1.0\r\nAccept: application/sdp\r\nCSeq: 2\r\n"
                    + "User-Agent: Lavf59.27.100\r\n\r\n", "DESCRIBE", URL, "2", 3, 0),
            new Case("ffmpeg SETUP tcp", "SETUP " + URL + "/trackID=1 RTSP/1.0\r\n"
                    + "Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\nCSeq: 3\r\nUser-Agent: Lavf59.27.100\r\n\r\n",
                    "SETUP", URL + "/trackID=1", "3", 3, 0),
            new Case("ffmpeg SETUP udp", "SETUP " + URL + "/trackID=1 RTSP/1.0\r\n"
                    + "Transport: RTP/AVP/UDP;unicast;client_port=21000-21001\r\nCSeq: 3\r\n"
                    + "User-Agent: Lavf59.27.100\r\n\r\n", "SETUP", URL + "/trackID=1", "3", 3, 0),
            new Case("ffmpeg PLAY", "PLAY " + URL + "/ RTSP/1.0\r\nRange: npt=0.000-\r\nCSeq: 4\r\n"
                    + "User-Agent: Lavf59.27.100\r\nSession: 1A2B3C4D5E6F\r\n\r\n", "PLAY", URL + "/", "4", 4, 0),
            new Case("ffmpeg GET_PARAMETER keep-alive", "GET_PARAMETER " + URL + "/ RTSP/1.0\r\nCSeq: 5\r\n"
                    + "User-Agent: Lavf59.27.100\r\nSession: 1A2B3C4D5E6F\r\n\r\n", "GET_PARAMETER", URL + "/", "5", 3, 0),
            new Case("ffmpeg TEARDOWN", "TEARDOWN " + URL + "/ RTSP/1.0\r\nCSeq: 6\r\nUser-Agent: Lavf59.27.100\r\n"
                    + "Session: 1A2B3C4D5E6F\r\n\r\n", "TEARDOWN", URL + "/", "6", 3, 0),
            new Case("VLC OPTIONS", "OPTIONS " + URL + " RTSP/1.0\r\nCSeq: 2\r\n"
                    + "User-Agent: LibVLC/3.0.18 (LIVE555 Streaming Media v2021.08.24)\r\n\r\n",
                    "OPTIONS", URL, "2", 2, 0),
            new Case("VLC SETUP udp", "SETUP " + URL + "/trackID=1 RTSP/1.0\r\nCSeq: 4\r\n"
                    + "User-Agent: LibVLC/3.0.18 (LIVE555 Streaming Media v2021.08.24)\r\n"
                    + "Transport: RTP/AVP;unicast;client_port=52418-52419\r\n\r\n", "SETUP", URL + "/trackID=1", "4", 3, 0),
            new Case("VLC PLAY", "PLAY " + URL + "/ RTSP/1.0\r\nCSeq: 5\r\n"
                    + "User-Agent: LibVLC/3.0.18 (LIVE555 Streaming Media v2021.08.24)\r\nSession: 1A2B3C4D5E6F\r\n"
                    + "Range: npt=0.000-\r\n\r\n", "PLAY", URL + "/", "5", 4, 0),
            new Case("GStreamer SETUP with alternatives",
                    "SETUP " + URL + "/trackID=1 RTSP/1.0\r\nCSeq: 3\r\nUser-Agent: GStreamer/1.22.0\r\n"
                    + "Transport: RTP/AVP;unicast;client_port=37218-37219;mode=\"PLAY\",RTP/AVP/TCP;unicast;"
                    + "interleaved=0-1;mode=\"PLAY\"\r\nDate: Wed, 01 Jan 2026 00:00:00 GMT\r\n\r\n",
                    "SETUP", URL + "/trackID=1", "3", 4, 0),
            new Case("GStreamer PLAY", "PLAY " + URL + "/ RTSP/1.0\r\nRange: npt=0-\r\nCSeq: 5\r\n"
                    + "User-Agent: GStreamer/1.22.0\r\nSession: 1A2B3C4D5E6F\r\nDate: Wed, 01 Jan 2026 00:00:00 GMT\r\n\r\n",
                    "PLAY", URL + "/", "5", 5, 0),
            new Case("OPTIONS * keep-alive", "OPTIONS * RTSP/1.0\r\nCSeq: 9\r\nSession: 1A2B3C4D5E6F\r\n\r\n",
                    "OPTIONS", "*", "9", 2, 0),
            new Case("SET_PARAMETER with body", "SET_PARAMETER " + URL + " RTSP/1.0\r\nCSeq: 7\r\n"
                    + "Content-Type: text/parameters\r\nContent-Length: 19\r\n\r\nRenew-Stream: yes\r\n",
                    "SET_PARAMETER", URL, "7", 3, 19),
            new Case("bare LF line ends", "OPTIONS " + URL + " RTSP/1.0\nCSeq: 1\n\n", "OPTIONS", URL, "1", 1, 0),
            new Case("lower-case cseq and folded header", "OPTIONS " + URL + " RTSP/1.0\r\ncseq: 11\r\n"
                    + "User-Agent: some\r\n  client\r\n\r\n", "OPTIONS", URL, "11", 2, 0),
            new Case("HTTP tunnel GET is decoded", "GET /axis-media/media.amp HTTP/1.0\r\n"
                    + "x-sessioncookie: 0123456789abcdef\r\nAccept: application/x-rtsp-tunnelled\r\n\r\n",
                    "GET", "/axis-media/media.amp", null, 2, 0));

    record Bad(String name, String wire, int status) {
    }

    static final List<Bad> GARBAGE = List.of(
            new Bad("binary noise", "\u0001\u0002\u0003\u0004\u00ff\r\n", 400),
            new Bad("two words", "HELLO WORLD\r\n\r\n", 400),
            new Bad("wrong version", "OPTIONS * SIP/2.0\r\nCSeq: 1\r\n\r\n", 400),
            new Bad("header without colon", "OPTIONS * RTSP/1.0\r\nCSeq 1\r\n\r\n", 400),
            new Bad("header with space in name", "OPTIONS * RTSP/1.0\r\nC Seq: 1\r\n\r\n", 400),
            new Bad("negative content length", "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nContent-Length: -5\r\n\r\n", 400),
            new Bad("conflicting content length",
                    "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
            new Bad("body over 64 KiB", "SET_PARAMETER * RTSP/1.0\r\nCSeq: 1\r\nContent-Length: 65537\r\n\r\n", 413),
            new Bad("request line over 4 KiB", "DESCRIBE rtsp://h/" + "a".repeat(5000) + " RTSP/1.0\r\n\r\n", 414),
            new Bad("request line over 4 KiB without end", "DESCRIBE rtsp://h/" + "a".repeat(5000), 414),
            new Bad("headers over 8 KiB", "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n", 400),
            new Bad("65 headers", "OPTIONS * RTSP/1.0\r\n" + "X-H: 1\r\n".repeat(65) + "\r\n", 400),
            new Bad("NUL in header", "OPTIONS * RTSP/1.0\r\nCSeq: 1\u0000\r\n\r\n", 400),
            new Bad("continuation first", "OPTIONS * RTSP/1.0\r\n  CSeq: 1\r\n\r\n", 400));

    private RequestCases() {
    }
}
