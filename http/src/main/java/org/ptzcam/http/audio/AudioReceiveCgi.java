package org.ptzcam.http.audio;

import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.Adts;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.server.Replies;
import org.ptzcam.http.video.StreamingResponse;
import org.ptzcam.media.live.LiveAudio;

/**
 * {@code GET /axis-cgi/audio/receive.cgi}: the camera's live audio over HTTP, single part, in the
 * configured encoding — G.711 µ-law as {@code audio/basic}, AAC-LC as ADTS {@code audio/aac}.
 * Opus needs a container HTTP players do not stream; it is served over RTSP.
 * {@code duration} (seconds) ends the response, for clients that want a clip.
 */
public final class AudioReceiveCgi extends Handler.Abstract {

    private final Supplier<LiveAudio> audio;
    private final int maxBodyBytes;

    public AudioReceiveCgi(Supplier<LiveAudio> audio, int maxBodyBytes) {
        this.audio = audio;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long duration;
        try {
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(), Replies.readBody(request, maxBodyBytes));
            duration = Long.parseLong(params.first("duration").orElse("0"));
            if (duration < 0) {
                throw new NumberFormatException();
            }
        } catch (IllegalArgumentException | Replies.BodyTooLargeException e) {
            Replies.send(response, callback, 400, Replies.TEXT, "Error: malformed arguments\n");
            return true;
        }
        LiveAudio live = audio.get();
        AudioEncoderConfig enc = live.input().encoder();
        StreamingResponse.Framing framing;
        String type;
        if (enc.codec() == AudioCodec.PCMU) {
            type = "audio/basic";
            framing = (unit, index) -> new byte[0];
        } else if (enc.codec() == AudioCodec.AAC_LC) {
            type = "audio/aac";
            framing = (unit, index) -> Adts.header(unit.size(), enc.sampleRate(), enc.channels());
        } else {
            Replies.send(response, callback, 400, Replies.TEXT, "Error: the audio encoding is " + enc.codec()
                    + "; receive.cgi streams g711 and aac, Opus is served over RTSP\n");
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        StreamingResponse stream = new StreamingResponse(response, callback, framing, 0, duration);
        stream.attach(live.subscribe(stream));
        return true;
    }
}
