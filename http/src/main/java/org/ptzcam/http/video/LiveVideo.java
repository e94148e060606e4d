package org.ptzcam.http.video;

import org.ptzcam.media.pipeline.VideoPipeline;

/**
 * The camera's current video pipeline. It is re-created when the capture mode changes ("Save and
 * restart"), so the HTTP face asks for it per request instead of keeping one.
 */
@FunctionalInterface
public interface LiveVideo {

    VideoPipeline pipeline();
}
