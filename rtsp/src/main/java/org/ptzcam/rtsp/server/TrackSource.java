package org.ptzcam.rtsp.server;

import java.util.function.Function;
import java.util.function.Supplier;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.rtsp.rtp.RtpPayloader;
import org.ptzcam.rtsp.rtp.aac.AacPayloader;
import org.ptzcam.rtsp.rtp.av1.Av1Payloader;
import org.ptzcam.rtsp.rtp.h264.H264Payloader;
import org.ptzcam.rtsp.rtp.h265.H265Payloader;
import org.ptzcam.rtsp.rtp.jpeg.JpegPayloader;
import org.ptzcam.rtsp.rtp.metadata.MetadataPayloader;
import org.ptzcam.rtsp.rtp.opus.OpusPayloader;
import org.ptzcam.rtsp.rtp.pcmu.PcmuPayloader;
import org.ptzcam.rtsp.sdp.AudioMedia;
import org.ptzcam.rtsp.sdp.MetadataMedia;
import org.ptzcam.rtsp.sdp.VideoMedia;

/**
 * How one track is carried and fed: its payload format, payload type and RTP clock, and where its
 * units come from. {@code feed} is called at each PLAY, so it joins the pipeline current then.
 *
 * @param kind        video, audio or metadata
 * @param payloader   a fresh payloader for this track's RTP stream
 * @param payloadType RTP payload type (as in the SDP)
 * @param clockRate   RTP clock in Hz (90 kHz video and metadata; audio: see the codec)
 * @param feed        subscribes a sender to the track's units; units are key-frame first
 */
record TrackSource(TrackKind kind, Supplier<RtpPayloader> payloader, int payloadType, int clockRate,
        Function<Subscriber, Subscription> feed) {

    static final int VIDEO_CLOCK = 90_000;

    static TrackSource of(TrackKind kind, StreamChoice stream, ServerContext server) {
        return switch (kind) {
            case VIDEO -> new TrackSource(kind, () -> videoPayloader(stream.codec()), videoPayloadType(stream.codec()),
                    VIDEO_CLOCK, s -> server.video().get().subscribe(stream.config(), s));
            case AUDIO -> audio(stream.audio().orElseThrow(), server.audio());
            case METADATA -> new TrackSource(kind, MetadataPayloader::new, MetadataMedia.PT, VIDEO_CLOCK,
                    s -> server.metadata().subscribe(s));
        };
    }

    private static TrackSource audio(AudioCodec codec, Supplier<LiveAudio> audio) {
        LiveAudio live = audio.get();
        AudioEncoderConfig enc = live == null ? AudioEncoderConfig.of(codec) : live.encoder(codec);
        Function<Subscriber, Subscription> feed = s -> {
            LiveAudio now = audio.get();
            if (now == null) {
                throw new IllegalStateException("audio is disabled");
            }
            return now.subscribe(codec, s);
        };
        return switch (codec) {
            case PCMU -> new TrackSource(TrackKind.AUDIO, PcmuPayloader::new, AudioMedia.PCMU_PT, PcmuPayloader.CLOCK_RATE,
                    feed);
            case AAC_LC -> new TrackSource(TrackKind.AUDIO, AacPayloader::new, AudioMedia.DYNAMIC_PT, enc.sampleRate(),
                    feed);
            case OPUS -> new TrackSource(TrackKind.AUDIO, OpusPayloader::new, AudioMedia.DYNAMIC_PT,
                    OpusPayloader.CLOCK_RATE, feed);
        };
    }

    static RtpPayloader videoPayloader(VideoCodec codec) {
        return switch (codec) {
            case H264 -> new H264Payloader();
            case H265 -> new H265Payloader();
            case MJPEG -> new JpegPayloader();
            case AV1 -> new Av1Payloader();
        };
    }

    static int videoPayloadType(VideoCodec codec) {
        return codec == VideoCodec.MJPEG ? VideoMedia.JPEG_PT : VideoMedia.DYNAMIC_PT;
    }
}
