package org.ptzcam.rtsp.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.rtsp.message.InterleavedFrame;
import org.ptzcam.rtsp.message.MalformedRequest;
import org.ptzcam.rtsp.message.RtspRequest;
import org.ptzcam.rtsp.message.RtspResponse;
import org.ptzcam.rtsp.message.RtspStatus;
import org.ptzcam.rtsp.rtp.RtpPayloader;
import org.ptzcam.rtsp.rtp.RtpStream;
import org.ptzcam.rtsp.rtp.h264.H264Payloader;
import org.ptzcam.rtsp.rtp.h265.H265Payloader;
import org.ptzcam.rtsp.rtp.jpeg.JpegPayloader;
import org.ptzcam.rtsp.sdp.SdpMedia;
import org.ptzcam.rtsp.sdp.SessionDescription;
import org.ptzcam.rtsp.sdp.VideoMedia;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTSP connection: answers requests in order (RFC 2326 methods), keeps the sessions it set
 * up, and tears interleaved ones down when the connection closes. Runs on the connection's event
 * loop; nothing here blocks.
 */
final class RtspConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(RtspConnection.class);
    static final String PUBLIC = "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER";
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ServerContext server;
    private final List<Session> owned = new ArrayList<>();
    private ChannelHandlerContext ctx;

    RtspConnection(ServerContext server) {
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext c, Object msg) {
        try {
            if (msg instanceof RtspRequest r) {
                handle(r);
            } else if (msg instanceof InterleavedFrame f) {
                // RTCP from the client (odd channels) keeps its session alive; anything else is dropped
                if ((f.channel() & 1) == 1) {
                    server.rtcpInbound().interleaved(f.channel(), f.content(), owned, c.channel().remoteAddress());
                }
            } else if (msg instanceof MalformedRequest m) {
                LOG.debug("malformed request from {}: {}", c.channel().remoteAddress(), m.reason());
                RtspResponse plain = RtspResponse.of(m.status()).withReason(reason(m.status(), m.reason()));
                RtspResponse r = m.cseq().map(cs -> withCseq(plain, cs)).orElse(plain);
                c.writeAndFlush(common(r.withBody("text/plain", m.reason() + "\r\n")))
                        .addListener(ChannelFutureListener.CLOSE);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext c) {
        if (c.channel().isWritable()) {
            owned.stream().map(Session::sender).filter(s -> s != null).forEach(TrackSender::drain);
        }
        c.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext c) {
        for (Session s : List.copyOf(owned)) {
            if (s.interleaved()) {
                end(s);
            }
        }
        c.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext c, Object evt) {
        if (evt instanceof io.netty.handler.timeout.IdleStateEvent) {
            // nothing read for a whole session timeout: a half-open or abandoned connection
            LOG.debug("closing idle RTSP connection {}", c.channel().remoteAddress());
            c.close();
        } else {
            c.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext c, Throwable cause) {
        LOG.debug("RTSP connection {} failed: {}", c.channel().remoteAddress(), cause.toString());
        c.close();
    }

    private void handle(RtspRequest r) {
        Optional<String> cseq = r.cseq();
        if (!r.version().equals("RTSP/1.0")) {
            // HTTP tunnelling (GET/POST with x-sessioncookie) is not served yet
            reply(r, error(r.version().startsWith("HTTP") ? RtspStatus.NOT_IMPLEMENTED : RtspStatus.VERSION_NOT_SUPPORTED,
                    "only RTSP/1.0 is served here"));
            ctx.channel().close();
            return;
        }
        if (cseq.isEmpty()) {
            reply(r, error(RtspStatus.BAD_REQUEST, "CSeq header missing"));
            return;
        }
        Optional<String> require = r.header("Require");
        if (require.isPresent()) {
            reply(r, error(RtspStatus.OPTION_NOT_SUPPORTED, "option not supported")
                    .withHeader("Unsupported", require.get()));
            return;
        }
        Optional<RtspResponse> refused = server.auth().refusal(r, ctx.channel().remoteAddress());
        if (refused.isPresent()) {
            reply(r, refused.get());
            return;
        }
        Session session = null;
        Optional<String> sessionId = r.header("Session").map(v -> v.split(";")[0].strip());
        if (sessionId.isPresent()) {
            session = server.sessions().get(sessionId.get());
            if (session == null && !r.method().equals("OPTIONS")) {
                reply(r, error(RtspStatus.SESSION_NOT_FOUND, "no session " + sessionId.get()));
                return;
            }
            if (session != null) {
                session.touch();
            }
        }
        try {
            switch (r.method()) {
                case "OPTIONS" -> reply(r, withSession(RtspResponse.of(200).withHeader("Public", PUBLIC), session));
                case "DESCRIBE" -> describe(r);
                case "SETUP" -> setup(r, session);
                case "PLAY" -> play(r, required(session));
                case "PAUSE" -> pause(r, required(session));
                case "TEARDOWN" -> teardown(r, required(session));
                case "GET_PARAMETER", "SET_PARAMETER" -> reply(r, withSession(RtspResponse.of(200), session));
                default -> reply(r, error(RtspStatus.NOT_IMPLEMENTED, "method " + r.method() + " is not implemented")
                        .withHeader("Public", PUBLIC));
            }
        } catch (RtspError e) {
            reply(r, withSession(error(e.status(), e.getMessage()), session));
        }
    }

    private static Session required(Session s) throws RtspError {
        if (s == null) {
            throw new RtspError(RtspStatus.SESSION_NOT_FOUND, "Session header missing");
        }
        return s;
    }

    private StreamChoice streamOf(MediaUrl url) throws RtspError {
        if (!url.isMedia()) {
            throw new RtspError(RtspStatus.NOT_FOUND, "no media at " + url.path() + "; try " + MediaUrl.MEDIA_PATH);
        }
        return StreamChoice.from(url.query(), server.capture().get(), server.defaultCompression().getAsInt(),
                server.zipstreamDefaults().get());
    }

    private void describe(RtspRequest r) throws RtspError {
        MediaUrl url = MediaUrl.parse(r.uri());
        StreamChoice stream = streamOf(url);
        String base = r.uri().endsWith("/") ? r.uri() : r.uri() + "/";
        if (stream.codec() == VideoCodec.MJPEG) {
            var enc = stream.config().encoder();
            sendDescription(r, base, VideoMedia.jpeg(enc.width(), enc.height(), stream.fps(), "trackID=1"));
            return;
        }
        // H.264/H.265: the SDP needs the parameter sets, which come with the encoder's first key frame
        ParameterFetch.start(ctx.channel().eventLoop(), server.video().get(), stream.config(),
                server.config().firstFrameWait(), ps -> {
                    if (!ctx.channel().isActive()) {
                        return;
                    }
                    if (ps.isEmpty() || ps.sps().isEmpty() || ps.pps().isEmpty()) {
                        reply(r, error(RtspStatus.SERVICE_UNAVAILABLE, "video encoder gave no parameter sets in time"));
                        return;
                    }
                    SdpMedia media = stream.codec() == VideoCodec.H264 ? VideoMedia.h264(ps, stream.fps(), "trackID=1")
                            : VideoMedia.h265(ps, stream.fps(), "trackID=1");
                    sendDescription(r, base, media);
                });
    }

    private void sendDescription(RtspRequest r, String base, SdpMedia media) {
        InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
        long id = System.currentTimeMillis();
        String sdp = new SessionDescription(id, id, local.getAddress(), "Media Presentation", List.of(media)).render();
        reply(r, RtspResponse.of(200).withHeader("Content-Base", base).withBody("application/sdp", sdp));
    }

    private void setup(RtspRequest r, Session existing) throws RtspError {
        MediaUrl url = MediaUrl.parse(r.uri());
        if (url.track().isEmpty()) {
            throw new RtspError(RtspStatus.AGGREGATE_OPERATION_NOT_ALLOWED,
                    "SETUP needs a track URL (…/trackID=1), not the presentation URL");
        }
        if (url.track().get() != 1) {
            throw new RtspError(RtspStatus.NOT_FOUND, "no track " + url.track().get() + "; this stream has trackID=1");
        }
        if (existing != null) {
            throw new RtspError(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE,
                    "track 1 is already set up in this session; changing the transport is not supported");
        }
        StreamChoice stream = streamOf(url);
        TransportSpec transport = TransportSpec.choose(r.header("Transport").orElse(""))
                .orElseThrow(() -> new RtspError(RtspStatus.UNSUPPORTED_TRANSPORT,
                        "supported: RTP/AVP/TCP;unicast;interleaved=N-M and RTP/AVP[/UDP];unicast;client_port=N-M"));
        RtpSink sink = sink(transport);
        RtpStream rtp = new RtpStream(payloader(stream.codec()), payloadType(stream.codec()), ThreadLocalRandom.current());
        String baseUrl = stripTrack(r.uri());
        RtcpReporter rtcp = new RtcpReporter(ctx.channel().eventLoop(), rtp, sink, cname(),
                server.config().rtcpInterval());
        Session s = server.sessions().create(id -> new Session(id, ctx.channel(), stream, baseUrl, rtp, sink, rtcp));
        if (s == null) {
            throw new RtspError(RtspStatus.SERVICE_UNAVAILABLE,
                    "viewer limit of " + server.config().maxViewers() + " reached");
        }
        owned.add(s);
        String ssrc = HexFormat.of().withUpperCase().toHexDigits((int) rtp.ssrc());
        reply(r, withSession(RtspResponse.of(200)
                .withHeader("Transport", sink.transport() + ";ssrc=" + ssrc + ";mode=\"PLAY\""), s));
    }

    private RtpSink sink(TransportSpec t) {
        if (t.tcp()) {
            int channel = t.channel() >= 0 ? t.channel() : 2 * owned.size();
            return new RtpSink.Interleaved(ctx.channel(), channel);
        }
        InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
        return new RtpSink.Udp(server.udp().rtpChannel(), server.udp().rtcpChannel(), new InetSocketAddress(peer.getAddress(), t.clientPort()),
                t.clientRtcp(), server.udp().rtpPort());
    }

    /** RTCP CNAME of this camera as seen by the client (RFC 3550 §6.5.1 user@host form). */
    private String cname() {
        InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
        return "ptzcam@" + local.getAddress().getHostAddress();
    }

    private void play(RtspRequest r, Session s) {
        if (s.state() == Session.State.PLAYING) {
            reply(r, withSession(RtspResponse.of(200).withHeader("Range", "npt=now-"), s));
            return;
        }
        String trackUrl = s.baseUrl() + "/trackID=1";
        boolean[] answered = {false};
        TrackSender sender = new TrackSender(ctx.channel().eventLoop(), s.rtp(), s.sink(), s.rtcp(), first -> {
            if (!answered[0]) {
                answered[0] = true;
                reply(r, playReply(s, trackUrl, Optional.of(s.rtp().rtpTimestamp(first.pts90k()))));
            }
        }, () -> {
            LOG.info("stream of session {} ended (pipeline restarted or stopped)", s.id());
            end(s);
            if (s.interleaved()) {
                ctx.channel().close();
            }
        });
        s.playing(sender);
        Subscription sub = server.video().get().subscribe(s.stream().config(), sender);
        sender.attach(sub);
        ctx.channel().eventLoop().schedule(() -> {
            if (!answered[0] && !s.closed()) {
                answered[0] = true;
                reply(r, playReply(s, trackUrl, Optional.empty()));
            }
        }, server.config().firstFrameWait().toMillis(), TimeUnit.MILLISECONDS);
    }

    private RtspResponse playReply(Session s, String trackUrl, Optional<Long> rtptime) {
        String info = "url=" + trackUrl + ";seq=" + s.rtp().nextSequence() + rtptime.map(t -> ";rtptime=" + t).orElse("");
        return withSession(RtspResponse.of(200).withHeader("Range", "npt=now-").withHeader("RTP-Info", info), s);
    }

    private void pause(RtspRequest r, Session s) {
        s.pause();
        reply(r, withSession(RtspResponse.of(200), s));
    }

    private void teardown(RtspRequest r, Session s) {
        end(s);
        reply(r, withSession(RtspResponse.of(200), s));
    }

    private void end(Session s) {
        s.close();
        server.sessions().remove(s);
        owned.remove(s);
    }

    /** Ends a session from outside (expiry); runs on this connection's loop. */
    void expired(Session s) {
        end(s);
    }

    private void reply(RtspRequest request, RtspResponse response) {
        RtspResponse out = request.cseq().map(c -> withCseq(response, c)).orElse(response);
        ctx.writeAndFlush(common(out));
    }

    private static RtspResponse withCseq(RtspResponse r, String cseq) {
        return new RtspResponse(r.status(), r.reason(), org.ptzcam.rtsp.message.RtspHeaders.of("CSeq", cseq)
                .withAll(r.headers()), r.body());
    }

    private static RtspResponse common(RtspResponse r) {
        return r.withHeader("Server", "ptzcam").withHeader("Date", DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    private RtspResponse withSession(RtspResponse r, Session s) {
        return s == null ? r : r.withHeader("Session", s.id() + ";timeout=" + server.config().sessionTimeout().toSeconds());
    }

    private static RtspResponse error(int status, String why) {
        return RtspResponse.of(status).withReason(reason(status, why)).withBody("text/plain", why + "\r\n");
    }

    /**
     * The standard phrase plus what was wrong: clients print the status line ("method DESCRIBE
     * failed: 400 Bad Request - resolution …"), so the detail reaches the user. Also in the body.
     */
    private static String reason(int status, String why) {
        String detail = why.replaceAll("[^\\x20-\\x7e]", "?");
        if (detail.length() > 200) {
            detail = detail.substring(0, 200);
        }
        return RtspStatus.reason(status) + " - " + detail;
    }

    private static String stripTrack(String uri) {
        String s = uri.replaceFirst("/trackID=\\d{1,3}", "");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static RtpPayloader payloader(VideoCodec codec) {
        return switch (codec) {
            case H264 -> new H264Payloader();
            case H265 -> new H265Payloader();
            case MJPEG -> new JpegPayloader();
            case AV1 -> throw new IllegalArgumentException("no AV1 payloader yet");
        };
    }

    static int payloadType(VideoCodec codec) {
        return codec == VideoCodec.MJPEG ? VideoMedia.JPEG_PT : VideoMedia.DYNAMIC_PT;
    }
}
