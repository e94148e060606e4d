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
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.rtsp.message.InterleavedFrame;
import org.ptzcam.rtsp.message.MalformedRequest;
import org.ptzcam.rtsp.message.RtspRequest;
import org.ptzcam.rtsp.message.RtspResponse;
import org.ptzcam.rtsp.message.RtspStatus;
import org.ptzcam.rtsp.rtp.RtpStream;
import org.ptzcam.rtsp.sdp.SdpMedia;
import org.ptzcam.rtsp.sdp.SessionDescription;
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
            owned.stream().flatMap(s -> s.tracks().stream()).map(Track::sender).filter(s -> s != null)
                    .forEach(TrackSender::drain);
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
        // a WebSocket opened with an rtspwssession token (vapix.md §1.2) is logged in already
        boolean preAuthenticated = ctx.channel() instanceof TunnelChannel t && t.authenticatedUser().isPresent();
        Optional<RtspResponse> refused = preAuthenticated ? Optional.empty()
                : server.auth().refusal(r, ctx.channel().remoteAddress());
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
                case "GET_PARAMETER" -> reply(r, withSession(RtspResponse.of(200), session));
                case "SET_PARAMETER" -> reply(r, withSession(SetParameter.apply(r, session), session));
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
        LiveAudio audio = server.audio().get();
        Optional<AudioCodec> audioDefault = audio == null ? Optional.empty()
                : Optional.of(audio.input().encoder().codec());
        boolean webClient = ctx.channel() instanceof TunnelChannel t && t.webClient();
        return StreamChoice.from(url.query(), server.capture().get(), server.defaultCompression().getAsInt(),
                audioDefault, server.profiles(), !webClient);
    }

    private void describe(RtspRequest r) throws RtspError {
        MediaUrl url = MediaUrl.parse(r.uri());
        StreamChoice stream = streamOf(url);
        String base = r.uri().endsWith("/") ? r.uri() : r.uri() + "/";
        if (!stream.video() || stream.codec() == VideoCodec.MJPEG) {
            sendDescription(r, base, stream, stream.video() ? PresentationSdp.video(stream, null, r.uri()) : null);
            return;
        }
        // H.264/H.265/AV1: the SDP needs the parameter sets. The pipeline knows them without a
        // frame (the running encoder's, or a briefly opened one's: blocking, so off the loop);
        // when it does not (idle AV1), the first key frame brings them (ParameterFetch).
        VideoPipeline pipeline = server.video().get();
        io.netty.channel.EventLoop loop = ctx.channel().eventLoop();
        java.util.function.Consumer<ParameterSets> answer = ps -> {
            if (!ctx.channel().isActive()) {
                return;
            }
            boolean av1 = stream.codec() == VideoCodec.AV1;
            if (ps.isEmpty() || !av1 && (ps.sps().isEmpty() || ps.pps().isEmpty())) {
                reply(r, error(RtspStatus.SERVICE_UNAVAILABLE, "video encoder gave no parameter sets in time"));
                return;
            }
            sendDescription(r, base, stream, PresentationSdp.video(stream, ps, r.uri()));
        };
        Thread.ofVirtual().name("rtsp-parameter-sets").start(() -> {
            ParameterSets known;
            try {
                known = pipeline.parameterSets(stream.config());
            } catch (RuntimeException e) {
                LOG.debug("no parameter sets without a frame for {}: {}", stream.config(), e.toString());
                known = ParameterSets.none(stream.codec());
            }
            ParameterSets ps = known;
            loop.execute(() -> {
                if (!ps.isEmpty()) {
                    answer.accept(ps);
                } else {
                    ParameterFetch.start(loop, pipeline, stream.config(), server.config().firstFrameWait(), answer);
                }
            });
        });
    }

    /** The SDP: the video section (null for none), then audio and metadata as the stream has them. */
    private void sendDescription(RtspRequest r, String base, StreamChoice stream, SdpMedia video) {
        List<SdpMedia> media = PresentationSdp.media(stream, video, server.audio().get(), r.uri());
        InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
        long id = System.currentTimeMillis();
        String sdp = new SessionDescription(id, id, local.getAddress(), "Media Presentation", media).render();
        reply(r, RtspResponse.of(200).withHeader("Content-Base", base).withBody("application/sdp", sdp));
    }

    private void setup(RtspRequest r, Session existing) throws RtspError {
        MediaUrl url = MediaUrl.parse(r.uri());
        StreamChoice stream = existing != null ? existing.stream() : streamOf(url);
        List<TrackKind> kinds = stream.tracks();
        int trackId;
        if (url.track().isPresent()) {
            trackId = url.track().get();
        } else if (kinds.size() == 1) {
            trackId = 1; // clients that SETUP the presentation URL of a single-track stream
        } else {
            throw new RtspError(RtspStatus.AGGREGATE_OPERATION_NOT_ALLOWED,
                    "SETUP needs a track URL (…/trackID=1.." + kinds.size() + "), not the presentation URL");
        }
        if (trackId < 1 || trackId > kinds.size()) {
            throw new RtspError(RtspStatus.NOT_FOUND, "no track " + trackId + "; this stream has trackID=1.." + kinds.size());
        }
        if (existing != null && existing.track(trackId) != null) {
            throw new RtspError(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE,
                    "track " + trackId + " is already set up in this session; changing the transport is not supported");
        }
        if (existing != null && existing.connection() != ctx.channel()) {
            throw new RtspError(RtspStatus.AGGREGATE_OPERATION_NOT_ALLOWED,
                    "add tracks to session " + existing.id() + " on the connection that created it");
        }
        if (existing != null && existing.state() == Session.State.PLAYING) {
            throw new RtspError(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE, "cannot add a track while playing");
        }
        // a tunnel (HTTP, WebSocket) carries only interleaved RTP: UDP is refused with 461, as Axis does
        boolean tunnelled = ctx.channel() instanceof TunnelChannel;
        TransportSpec transport = TransportSpec.choose(r.header("Transport").orElse(""), tunnelled)
                .orElseThrow(() -> new RtspError(RtspStatus.UNSUPPORTED_TRANSPORT, tunnelled
                        ? "this connection is tunnelled: only RTP/AVP/TCP;unicast;interleaved=N-M is supported"
                        : "supported: RTP/AVP/TCP;unicast;interleaved=N-M, RTP/AVP[/UDP];unicast;client_port=N-M"
                                + " and RTP/AVP;multicast"));
        Track track;
        if (transport.multicast()) {
            MulticastStream shared = server.multicast().acquire(stream, server, cname());
            MulticastStream.Shared t = shared.track(trackId);
            track = new Track(trackId, t.source(), t.rtp(), t.sink(), t.rtcp(), shared,
                    () -> server.multicast().release(shared));
        } else {
            TrackSource source = TrackSource.of(kinds.get(trackId - 1), stream, server);
            RtpSink sink = sink(transport);
            RtpStream rtp = new RtpStream(source.payloader().get(), source.payloadType(), ThreadLocalRandom.current());
            RtcpReporter rtcp = new RtcpReporter(ctx.channel().eventLoop(), rtp, sink, cname(),
                    server.config().rtcpInterval(), source.clockRate());
            track = new Track(trackId, source, rtp, sink, rtcp);
        }
        Session s = existing;
        if (s == null) {
            String baseUrl = stripTrack(r.uri());
            s = server.sessions().create(id -> new Session(id, ctx.channel(), stream, baseUrl));
            if (s == null) {
                track.close();
                throw new RtspError(RtspStatus.SERVICE_UNAVAILABLE,
                        "viewer limit of " + server.config().maxViewers() + " reached");
            }
            owned.add(s);
        }
        s.add(track);
        String ssrc = HexFormat.of().withUpperCase().toHexDigits((int) track.rtp().ssrc());
        reply(r, withSession(RtspResponse.of(200)
                .withHeader("Transport", track.sink().transport() + ";ssrc=" + ssrc + ";mode=\"PLAY\""), s));
    }

    private RtpSink sink(TransportSpec t) {
        if (t.tcp()) {
            int channel = t.channel() >= 0 ? t.channel() : freeChannel();
            return new RtpSink.Interleaved(ctx.channel(), channel);
        }
        InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
        return new RtpSink.Udp(server.udp().rtpChannel(), server.udp().rtcpChannel(), new InetSocketAddress(peer.getAddress(), t.clientPort()),
                t.clientRtcp(), server.udp().rtpPort());
    }

    /** The lowest even interleaved channel no track of this connection uses. */
    private int freeChannel() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Session s : owned) {
            for (Track t : s.tracks()) {
                if (t.sink() instanceof RtpSink.Interleaved i) {
                    used.add(i.channel() & ~1);
                }
            }
        }
        int c = 0;
        while (used.contains(c)) {
            c += 2;
        }
        return c;
    }

    /** RTCP CNAME of this camera as seen by the client (RFC 3550 §6.5.1 user@host form). */
    private String cname() {
        InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
        return "ptzcam@" + local.getAddress().getHostAddress();
    }

    /**
     * Runs a request on the session's own connection (its owner), whose event loop drives the
     * session's tracks; the reply still goes to the connection that asked.
     */
    private void onOwner(Session s, java.util.function.BiConsumer<RtspConnection, RtspConnection> action) {
        RtspConnection owner = s.connection() == ctx.channel() ? this
                : s.connection().pipeline().get(RtspConnection.class);
        if (owner == null || owner == this) {
            action.accept(this, this);
        } else {
            s.connection().eventLoop().execute(() -> action.accept(owner, this));
        }
    }

    private void play(RtspRequest r, Session s) {
        onOwner(s, (owner, asker) -> owner.playOwned(r, s, asker));
    }

    private void playOwned(RtspRequest r, Session s, RtspConnection asker) {
        if (s.closed()) {
            asker.reply(r, error(RtspStatus.SESSION_NOT_FOUND, "session " + s.id() + " ended"));
            return;
        }
        if (s.state() == Session.State.PLAYING) {
            asker.reply(r, withSession(RtspResponse.of(200).withHeader("Range", "npt=now-"), s));
            return;
        }
        PlayStart start = new PlayStart(ctx.channel().eventLoop(), starts -> asker.reply(r, playReply(s, starts)));
        List<Runnable> attach = new ArrayList<>();
        for (Track t : s.tracks()) {
            if (t.multicast() != null) {
                start.addShared(t);
                attach.add(() -> t.multicast().play(t));
                continue;
            }
            TrackSender sender = new TrackSender(ctx.channel().eventLoop(), t.rtp(), t.sink(), t.rtcp(), start, () -> {
                LOG.info("stream of session {} ended (pipeline restarted or stopped)", s.id());
                end(s);
                if (s.interleaved()) {
                    ctx.channel().close();
                }
            }, t.source().kind() != TrackKind.VIDEO);
            start.add(t, sender);
            t.playing(sender);
            attach.add(() -> sender.attach(t.source().feed().apply(sender)));
        }
        s.playing();
        try {
            attach.forEach(Runnable::run);
        } catch (RuntimeException e) {
            LOG.info("session {} cannot play: {}", s.id(), e.getMessage());
            s.pause();
            asker.reply(r, withSession(error(RtspStatus.SERVICE_UNAVAILABLE, "stream unavailable: " + e.getMessage()), s));
            return;
        }
        if (start.nothingToWaitFor()) {
            start.timeout();
            return;
        }
        ctx.channel().eventLoop().schedule(() -> {
            if (!s.closed()) {
                start.timeout();
            }
        }, server.config().firstFrameWait().toMillis(), TimeUnit.MILLISECONDS);
    }

    private RtspResponse playReply(Session s, List<PlayStart.TrackStart> starts) {
        List<String> info = new ArrayList<>();
        for (PlayStart.TrackStart t : starts) {
            info.add("url=" + s.baseUrl() + "/trackID=" + t.track().id() + ";seq=" + t.sequence()
                    + (t.rtptime() == null ? "" : ";rtptime=" + t.rtptime()));
        }
        return withSession(RtspResponse.of(200).withHeader("Range", "npt=now-")
                .withHeader("RTP-Info", String.join(",", info)), s);
    }

    private void pause(RtspRequest r, Session s) {
        onOwner(s, (owner, asker) -> {
            s.pause();
            asker.reply(r, withSession(RtspResponse.of(200), s));
        });
    }

    private void teardown(RtspRequest r, Session s) {
        onOwner(s, (owner, asker) -> {
            owner.end(s);
            asker.reply(r, withSession(RtspResponse.of(200), s));
        });
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

    /**
     * The track's control URL, absolute in the Axis form {@code …/media.amp/trackID=1?query}: a
     * relative {@code trackID=1} resolved by URL rules against a Content-Base that has a query
     * (media-stream-library uses {@code new URL(control, base)}) loses the path's last segment and
     * the query, and SETUP would name {@code /axis-media/trackID=1}.
     */
    static String trackControl(String uri, int trackId) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path + "/trackID=" + trackId + (q < 0 ? "" : uri.substring(q));
    }

    private static String stripTrack(String uri) {
        String s = uri.replaceFirst("/trackID=\\d{1,3}", "");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
