package org.ptzcam.http.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static byte[] body(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void readsFieldsAndBinaryFilesExactly() {
        // binary content with CR LF and dashes inside must come back byte for byte
        byte[] file = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-', 0, (byte) 255, '\r', '\n'};
        String boundary = "------------------------abc123";
        List<MultipartForm.Part> parts = MultipartForm.parse(body(boundary, file), boundary);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("note");
        assertThat(parts.get(0).fileName()).isNull();
        assertThat(new String(parts.get(0).data(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(parts.get(1).fileName()).isEqualTo("logo.png");
        assertThat(parts.get(1).data()).isEqualTo(file);
    }

    @Test
    void boundaryComesFromTheContentType() {
        assertThat(MultipartForm.boundary("multipart/form-data; boundary=xyz")).isEqualTo("xyz");
        assertThat(MultipartForm.boundary("multipart/form-data; boundary=\"a b\"; charset=x")).isEqualTo("a b");
        assertThat(MultipartForm.boundary("application/json")).isNull();
        assertThat(MultipartForm.boundary(null)).isNull();
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThatThrownBy(() -> MultipartForm.parse("garbage".getBytes(), "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipartForm.parse("--b\r\nContent-Disposition: form-data\r\n\r\nno end".getBytes(), "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipartForm.parse("--b\r\nno blank line".getBytes(), "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
