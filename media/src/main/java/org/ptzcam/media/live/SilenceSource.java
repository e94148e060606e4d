package org.ptzcam.media.live;

import org.ptzcam.media.audio.AudioSource;
import org.ptzcam.media.audio.PcmChunk;

/** Line-in with nothing connected: 20 ms chunks of silence. */
final class SilenceSource implements AudioSource {

    private final int rate;
    private final int channels;

    SilenceSource(int rate, int channels) {
        this.rate = rate;
        this.channels = channels;
    }

    @Override
    public PcmChunk next(long sceneTimeMillis, long captureNanos) {
        return new PcmChunk(new short[rate / 50 * channels], rate, channels, captureNanos);
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public void close() {
    }
}
