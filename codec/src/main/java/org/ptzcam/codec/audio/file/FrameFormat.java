package org.ptzcam.codec.audio.file;

import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_UNSPEC;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_compare;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * The sample format, rate and channel layout of decoded frames, remembered to notice a change
 * (which needs a new resampler). A layout of unspecified order (a WAV without channel mask) is
 * replaced by the default layout for its channel count so swresample can mix it.
 */
final class FrameFormat implements AutoCloseable {

    private final AVChannelLayout raw = new AVChannelLayout();
    private final AVChannelLayout layout = new AVChannelLayout();
    private int format = -1;
    private int rate = -1;

    boolean matches(AVFrame frame) {
        return frame.format() == format && frame.sample_rate() == rate
                && av_channel_layout_compare(raw, frame.ch_layout()) == 0;
    }

    void set(AVFrame frame) {
        format = frame.format();
        rate = frame.sample_rate();
        av_channel_layout_uninit(raw);
        FFmpeg.check(av_channel_layout_copy(raw, frame.ch_layout()), "av_channel_layout_copy");
        av_channel_layout_uninit(layout);
        if (raw.order() == AV_CHANNEL_ORDER_UNSPEC) {
            av_channel_layout_default(layout, raw.nb_channels());
        } else {
            FFmpeg.check(av_channel_layout_copy(layout, raw), "av_channel_layout_copy");
        }
    }

    /** The layout to give swresample. */
    AVChannelLayout layout() {
        return layout;
    }

    @Override
    public void close() {
        av_channel_layout_uninit(raw);
        av_channel_layout_uninit(layout);
        raw.close();
        layout.close();
    }
}
