package org.ptzcam.http.cgi;

import org.ptzcam.http.server.Replies;

/** A complete CGI answer: status, content type and body text. */
public record CgiReply(int status, String contentType, String body) {

    /** VAPIX plain-text CGIs answer 200 even for errors; the error is in the text. */
    public static CgiReply text(String body) {
        return new CgiReply(200, Replies.TEXT, body);
    }

    public static CgiReply json(String body) {
        return new CgiReply(200, Replies.JSON, body);
    }
}
