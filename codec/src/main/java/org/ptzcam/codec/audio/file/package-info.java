/**
 * Audio from files and PCM format conversion: {@link org.ptzcam.codec.audio.file.AudioFileReader}
 * demuxes and decodes any audio file FFmpeg reads (WAV, MP3, FLAC, Ogg, M4A…) to 16-bit PCM at a
 * chosen rate and channel count; {@link org.ptzcam.codec.audio.file.PcmResampler} converts 16-bit
 * PCM between rates and channel counts. Both use swresample.
 */
package org.ptzcam.codec.audio.file;
