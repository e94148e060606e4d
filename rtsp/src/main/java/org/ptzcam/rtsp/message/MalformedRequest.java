package org.ptzcam.rtsp.message;

import java.util.Optional;

/**
 * What the decoder emits instead of a request when the bytes break the grammar or a limit. The
 * connection cannot be resynchronised afterwards: the server answers {@code status} and closes.
 *
 * @param status 400, or 413/414 when a size limit was hit
 * @param reason what was wrong, for the response body and the log
 * @param cseq   the CSeq header if it was read before the problem
 */
public record MalformedRequest(int status, String reason, Optional<String> cseq) {
}
