/**
 * Camera audio input (Audio &gt; Device settings): sources ({@link org.ptzcam.media.audio.SimulatedMicrophone},
 * {@link org.ptzcam.media.audio.LineInSource}) deliver 20 ms {@link org.ptzcam.media.audio.PcmChunk}s on
 * request, the {@link org.ptzcam.media.audio.InputStage} applies input gain and holds the phantom-power
 * state, and the {@link org.ptzcam.media.audio.AudioPipeline} encodes the result (Opus, AAC-LC, G.711
 * µ-law) at the pace of a caller-supplied clock.
 */
package org.ptzcam.media.audio;
