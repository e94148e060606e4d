package org.ptzcam.rtsp.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpHeadTest {

    @Test
    void readsFfmpegsTunnelGet() {
        // as ffmpeg 5.1 libavformat/rtsp.c + http.c send it
        HttpHead h = HttpHead.parse("GET /axis-media/media.amp?videocodec=h264 HTTP/1.1\r\nUser-Agent: Lavf59.27.100\r\n"
                + "Accept: */*\r\nRange: bytes=0-\r\nConnection: close\r\nHost: 127.0.0.1:554\r\nIcy-MetaData: 1\r\n"
                + "x-sessioncookie: 4b9ef2d3a1c0e5f6\r\nAccept: application/x-rtsp-tunnelled\r\nPragma: no-cache\r\n"
                + "Cache-Control: no-cache\r\n\r\n").orElseThrow();
        assertThat(h.isGet()).isTrue();
        assertThat(h.target()).isEqualTo("/axis-media/media.amp?videocodec=h264");
        assertThat(h.cookie()).contains("4b9ef2d3a1c0e5f6");
        assertThat(h.header("ACCEPT")).contains("*/*");
    }

    @Test
    void cookieHeaderNameIsCaseInsensitive() {
        HttpHead h = HttpHead.parse("POST /x HTTP/1.0\nX-SessionCookie: abc\nContent-Length: 32767\n").orElseThrow();
        assertThat(h.isPost()).isTrue();
        assertThat(h.cookie()).contains("abc");
    }

    @Test
    void garbageIsEmpty() {
        assertThat(HttpHead.parse("GET /x RTSP/1.0\r\n\r\n")).isEmpty();
        assertThat(HttpHead.parse("GET /x HTTP/1.0\r\nno colon here\r\n\r\n")).isEmpty();
        assertThat(HttpHead.parse("GET\r\n\r\n")).isEmpty();
        assertThat(HttpHead.parse("")).isEmpty();
    }
}
