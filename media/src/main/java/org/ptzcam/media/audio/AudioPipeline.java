package org.ptzcam.media.audio;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.audio.AudioEncoder;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.codec.audio.file.PcmResampler;

/**
 * Source → {@link InputStage} → {@link AudioEncoder} → packet consumer, one 20 ms chunk per
 * {@link #tick}.
 *
 * <p>The caller owns the clock: a scheduled executor calls {@code tick} every 20 ms in the camera,
 * a test calls it in a loop, faster than real time. Packet timestamps come from the encoder: the
 * first tick's capture time anchors them, then they count samples, so they advance by exactly the
 * codec frame size. A source at another rate or channel count than the encoder is converted with
 * swresample; sources built for the encoder's format (the normal case) are passed through.
 *
 * <p>The pipeline owns its source and closes it. {@link #replaceSource} switches input (microphone
 * ↔ line-in) without restarting the encoder, so clients keep their stream. {@code tick},
 * {@code replaceSource} and {@code close} may be called from different threads; they are
 * serialised. The consumer runs on the ticking thread and must not block.
 */
public final class AudioPipeline implements AutoCloseable {

    private final InputStage stage;
    private final AudioEncoder encoder;
    private final Consumer<EncodedPacket> sink;
    private AudioSource source;
    private PcmResampler converter;
    private boolean closed;

    private AudioPipeline(AudioSource source, InputStage stage, AudioEncoder encoder, Consumer<EncodedPacket> sink) {
        this.stage = stage;
        this.encoder = encoder;
        this.sink = sink;
        this.source = source;
        this.converter = converterFor(source);
    }

    /**
     * Opens the encoder for {@code config} and takes ownership of {@code source} (closed if opening
     * fails).
     */
    public static AudioPipeline open(AudioSource source, InputStage stage, AudioEncoderConfig config,
                                     Consumer<EncodedPacket> sink) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sink, "sink");
        AudioEncoder encoder = null;
        try {
            Objects.requireNonNull(source, "source");
            encoder = AudioEncoder.open(config);
            return new AudioPipeline(source, stage, encoder, sink);
        } catch (RuntimeException e) {
            if (encoder != null) {
                encoder.close();
            }
            if (source != null) {
                source.close();
            }
            throw e;
        }
    }

    /**
     * Captures, processes and encodes the next 20 ms; every packet completed by it goes to the
     * consumer before this returns.
     *
     * @param sceneTimeMillis the scene clock at the chunk's first sample
     * @param captureNanos    the capture clock at the chunk's first sample
     */
    public synchronized void tick(long sceneTimeMillis, long captureNanos) {
        if (closed) {
            throw new IllegalStateException("audio pipeline closed");
        }
        PcmChunk chunk = stage.apply(source.next(sceneTimeMillis, captureNanos));
        short[] pcm = chunk.samples();
        int length = pcm.length;
        if (converter != null) {
            length = converter.convert(pcm, 0, length);
            pcm = converter.output();
        }
        List<EncodedPacket> packets = encoder.encode(pcm, 0, length, captureNanos);
        for (EncodedPacket p : packets) {
            sink.accept(p);
        }
    }

    /** Switches to {@code next} from the next tick on, closing the current source. */
    public synchronized void replaceSource(AudioSource next) {
        Objects.requireNonNull(next, "next");
        if (closed) {
            next.close();
            throw new IllegalStateException("audio pipeline closed");
        }
        PcmResampler nextConverter;
        try {
            nextConverter = converterFor(next);
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        closeSource();
        source = next;
        converter = nextConverter;
    }

    public InputStage inputStage() {
        return stage;
    }

    public AudioEncoderConfig config() {
        return encoder.config();
    }

    /** Samples per channel per packet (Opus 960 at 48 kHz, AAC 1024, PCMU 160). */
    public int frameSize() {
        return encoder.frameSize();
    }

    /** The encoder's extradata (AAC AudioSpecificConfig for SDP {@code config=}, Opus head). */
    public byte[] extradata() {
        return encoder.extradata();
    }

    /** Closes source and encoder; packets still buffered in the encoder are dropped. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeSource();
        } finally {
            encoder.close();
        }
    }

    private void closeSource() {
        try {
            source.close();
        } finally {
            if (converter != null) {
                converter.close();
                converter = null;
            }
        }
    }

    private PcmResampler converterFor(AudioSource s) {
        AudioEncoderConfig c = encoder.config();
        if (s.sampleRate() == c.sampleRate() && s.channels() == c.channels()) {
            return null;
        }
        return PcmResampler.open(s.sampleRate(), s.channels(), c.sampleRate(), c.channels());
    }
}
