package org.ptzcam.media.audio;

import java.nio.file.Path;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.audio.file.AudioFileReader;

/**
 * Line-in fed from an audio file (any format FFmpeg reads), played in a loop and delivered at the
 * rate and channel count given at construction. The file plays continuously at the pace
 * {@link #next} is called; the scene clock does not move it.
 */
public final class LineInSource implements AudioSource {

    private final AudioFileReader reader;
    private final int frames;
    private long loops;
    private boolean closed;

    /**
     * Opens {@code file}; a missing, unreadable or audio-less file fails here.
     *
     * @throws CodecException naming the file and the reason
     */
    public LineInSource(Path file, int sampleRate, int channels) {
        AudioSource.checkFormat(sampleRate, channels);
        this.reader = AudioFileReader.open(file, sampleRate, channels);
        this.frames = chunkFrames();
    }

    /**
     * The next 20 ms of the file; at the end it starts over, in the same chunk if need be.
     *
     * @throws CodecException if the file cannot be read any more (for example it was truncated)
     */
    @Override
    public PcmChunk next(long sceneTimeMillis, long captureNanos) {
        if (closed) {
            throw new IllegalStateException("line-in closed: " + reader.file());
        }
        short[] out = new short[frames * reader.channels()];
        int filled = 0;
        boolean rewound = false;
        while (filled < out.length) {
            int n = reader.read(out, filled, out.length - filled);
            if (n > 0) {
                filled += n;
                rewound = false;
            } else if (rewound) {
                break; // nothing after a rewind: leave the rest silent rather than spin
            } else {
                reader.rewind();
                loops++;
                rewound = true;
            }
        }
        return new PcmChunk(out, reader.sampleRate(), reader.channels(), captureNanos);
    }

    /** How many times the file has started over. */
    public long loops() {
        return loops;
    }

    public Path file() {
        return reader.file();
    }

    @Override
    public int sampleRate() {
        return reader.sampleRate();
    }

    @Override
    public int channels() {
        return reader.channels();
    }

    @Override
    public void close() {
        closed = true;
        reader.close();
    }
}
