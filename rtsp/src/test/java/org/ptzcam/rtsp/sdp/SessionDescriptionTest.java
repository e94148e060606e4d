package org.ptzcam.rtsp.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.ParameterSets;

class SessionDescriptionTest {

    static final byte[] SPS = {0x67, 0x64, 0x00, 0x1f, (byte) 0xac, (byte) 0xd9};
    static final byte[] PPS = {0x68, (byte) 0xeb, (byte) 0xe3, (byte) 0xcb};

    @Test
    void h264SessionAsClientsExpectIt() throws Exception {
        ParameterSets ps = new ParameterSets(VideoCodec.H264, List.of(SPS, PPS));
        String sdp = new SessionDescription(123, 1, InetAddress.getByName("127.0.0.1"), "Media Presentation",
                List.of(VideoMedia.h264(ps, 30, "trackID=1"))).render();
        assertThat(sdp).isEqualTo("""
                v=0\r
                o=- 123 1 IN IP4 127.0.0.1\r
                s=Media Presentation\r
                c=IN IP4 0.0.0.0\r
                t=0 0\r
                a=control:*\r
                a=range:npt=now-\r
                m=video 0 RTP/AVP 96\r
                c=IN IP4 0.0.0.0\r
                a=control:trackID=1\r
                a=rtpmap:96 H264/90000\r
                a=fmtp:96 packetization-mode=1;profile-level-id=64001f;sprop-parameter-sets=Z2QAH6zZ,aOvjyw==\r
                a=framerate:30\r
                """);
    }

    @Test
    void h265CarriesVpsSpsPps() throws Exception {
        ParameterSets ps = new ParameterSets(VideoCodec.H265,
                List.of(new byte[] {0x40, 0x01, 0x0c}, new byte[] {0x42, 0x01, 0x01}, new byte[] {0x44, 0x01, (byte) 0xc1}));
        SdpMedia m = VideoMedia.h265(ps, 25, "trackID=1");
        assertThat(m.rtpmap()).isEqualTo("H265/90000");
        assertThat(m.fmtp()).isEqualTo("sprop-vps=QAEM;sprop-sps=QgEB;sprop-pps=RAHB");
    }

    @Test
    void jpegUsesStaticPayloadType26() throws Exception {
        String sdp = new SessionDescription(1, 1, InetAddress.getByName("::1"), "s",
                List.of(VideoMedia.jpeg(640, 360, 15, "trackID=1"))).render();
        assertThat(sdp).contains("o=- 1 1 IN IP6 0:0:0:0:0:0:0:1\r\n", "m=video 0 RTP/AVP 26\r\n",
                "a=rtpmap:26 JPEG/90000\r\n", "a=framesize:26 640-360\r\n", "a=framerate:15\r\n");
        assertThat(sdp).doesNotContain("fmtp");
    }
}
