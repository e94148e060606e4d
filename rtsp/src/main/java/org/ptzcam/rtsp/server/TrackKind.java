package org.ptzcam.rtsp.server;

/** What a track of a presentation carries; tracks are numbered in this order, from 1. */
enum TrackKind {
    VIDEO, AUDIO, METADATA
}
