package org.ptzcam.rtsp.server;

import java.util.Map;
import java.util.function.Supplier;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.media.pipeline.VideoPipeline;

/**
 * What every connection handler shares: configuration, sessions, the UDP pair, the current
 * pipeline, the settings that validate stream arguments, and where client RTCP goes.
 */
record ServerContext(RtspServerConfig config, SessionRegistry sessions, UdpPorts udp, Supplier<VideoPipeline> video,
        Supplier<CaptureSettings> capture, java.util.function.IntSupplier defaultCompression, RtcpInbound rtcpInbound,
        RtspAuthenticator auth, Supplier<Map<String, String>> zipstreamDefaults) {
}
