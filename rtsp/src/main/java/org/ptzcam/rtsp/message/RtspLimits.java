package org.ptzcam.rtsp.message;

/**
 * Bounds on what the request decoder buffers, so that no client can make it hold more memory
 * than {@code maxRequestLine + maxHeaderBytes + maxBody} per connection (plus one interleaved
 * packet of at most 65535 bytes, which the framing itself bounds).
 *
 * @param maxRequestLine bytes of the request line, without its line end (default 4 KiB)
 * @param maxHeaderBytes bytes of all header lines together, line ends included (default 8 KiB)
 * @param maxHeaders     number of header lines (default 64)
 * @param maxBody        Content-Length of a request body (default 64 KiB)
 */
public record RtspLimits(int maxRequestLine, int maxHeaderBytes, int maxHeaders, int maxBody) {

    public static final RtspLimits DEFAULT = new RtspLimits(4096, 8192, 64, 65536);

    public RtspLimits {
        if (maxRequestLine < 64 || maxHeaderBytes < 64 || maxHeaders < 1 || maxBody < 0) {
            throw new IllegalArgumentException("limits too small: " + maxRequestLine + "/" + maxHeaderBytes + "/"
                    + maxHeaders + "/" + maxBody);
        }
    }
}
