package org.ptzcam.rtsp.server;

import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.rtsp.sdp.AudioMedia;
import org.ptzcam.rtsp.sdp.MetadataMedia;
import org.ptzcam.rtsp.sdp.SdpMedia;
import org.ptzcam.rtsp.sdp.VideoMedia;

/** The SDP media sections of a presentation: video, audio, metadata as it has them, trackID 1, 2, 3. */
final class PresentationSdp {

    private PresentationSdp() {
    }

    /**
     * The video section; {@code ps} are the stream's parameter sets (unused for JPEG), {@code uri}
     * the DESCRIBE request URI the absolute track control URLs are built from.
     */
    static SdpMedia video(StreamChoice stream, ParameterSets ps, String uri) {
        String control = control(uri, stream, TrackKind.VIDEO);
        var enc = stream.config().encoder();
        return switch (stream.codec()) {
            case H264 -> VideoMedia.h264(ps, stream.fps(), control);
            case H265 -> VideoMedia.h265(ps, stream.fps(), control);
            case AV1 -> VideoMedia.av1(ps, stream.fps(), control);
            case MJPEG -> VideoMedia.jpeg(enc.width(), enc.height(), stream.fps(), control);
        };
    }

    /**
     * All sections: {@code video} (null for none), then the audio track in the encoding its
     * codec's stream has ({@code live} may be null: the codec's defaults), then metadata.
     */
    static List<SdpMedia> media(StreamChoice stream, SdpMedia video, LiveAudio live, String uri) {
        List<SdpMedia> media = new ArrayList<>(3);
        if (video != null) {
            media.add(video);
        }
        stream.audio().ifPresent(codec -> {
            AudioEncoderConfig enc = live == null ? AudioEncoderConfig.of(codec) : live.encoder(codec);
            String control = control(uri, stream, TrackKind.AUDIO);
            media.add(switch (codec) {
                case PCMU -> AudioMedia.pcmu(control);
                case AAC_LC -> AudioMedia.aac(enc.sampleRate(), enc.channels(), control);
                case OPUS -> AudioMedia.opus(enc.sampleRate(), enc.channels(), control);
            });
        });
        if (stream.event()) {
            media.add(MetadataMedia.onvif(control(uri, stream, TrackKind.METADATA)));
        }
        return media;
    }

    private static String control(String uri, StreamChoice stream, TrackKind kind) {
        return RtspConnection.trackControl(uri, stream.trackId(kind));
    }
}
