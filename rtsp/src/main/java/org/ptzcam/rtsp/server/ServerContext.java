package org.ptzcam.rtsp.server;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.media.pipeline.VideoPipeline;

/**
 * What every connection handler shares: configuration, sessions, the UDP pair, the current
 * pipelines (video; audio is null while disabled), the settings that validate stream arguments,
 * the stream profiles, the metadata feed, the multicast streams, and where client RTCP goes.
 */
record ServerContext(RtspServerConfig config, SessionRegistry sessions, UdpPorts udp, Supplier<VideoPipeline> video,
        Supplier<CaptureSettings> capture, IntSupplier defaultCompression, RtcpInbound rtcpInbound,
        Supplier<LiveAudio> audio, StreamProfiles profiles, MetadataFeed metadata, MulticastGroups multicast,
        RtspAuthenticator auth) {
}
