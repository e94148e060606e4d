#!/usr/bin/python3
"""The fan-out benchmark's peer: GStreamer's gst-rtsp-server (Debian gir1.2-gst-rtsp-server-1.0,
python3-gi, gstreamer1.0-plugins-ugly for x264enc) serving one shared 1080p30 H.264 stream of about
4 Mbit/s at rtsp://127.0.0.1:PORT/test. Prints "RTSP port N" when it listens; runs until killed.

usage: gst_rtsp_server.py [port]   (0 or nothing: any free port)
"""
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

# a scrolling test picture: the whole frame moves, so x264 spends its 4 Mbit/s as on a live scene
PIPELINE = (
    "( videotestsrc is-live=true pattern=smpte horizontal-speed=4 "
    "! video/x-raw,width=1920,height=1080,framerate=30/1 "
    "! x264enc tune=zerolatency speed-preset=ultrafast bitrate=4000 key-int-max=32 threads=2 "
    "! rtph264pay name=pay0 pt=96 config-interval=-1 )"
)


def main():
    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(sys.argv[1] if len(sys.argv) > 1 else "0")
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(PIPELINE)
    factory.set_shared(True)  # one pipeline for all clients, as our camera shares its encoder
    server.get_mount_points().add_factory("/test", factory)
    server.attach(None)
    print("RTSP port", server.get_bound_port(), flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
