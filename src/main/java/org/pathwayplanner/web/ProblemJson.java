package org.pathwayplanner.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * A problem document (RFC 9457) written by hand, for answers given before Spring MVC is reached: a body that is
 * too large (a servlet filter) or a request line Tomcat refused (its error report valve).
 */
final class ProblemJson {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    static void write(OutputStream out, int status, String detail, String instance) throws IOException {
        out.write(bytes(status, detail, instance));
        out.flush();
    }

    static byte[] bytes(int status, String detail, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        String json = "{\"type\":\"about:blank\",\"title\":" + quoted(known == null ? "Error" : known.getReasonPhrase())
                + ",\"status\":" + status + ",\"detail\":" + quoted(detail)
                + (instance == null ? "" : ",\"instance\":" + quoted(instance)) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isApi(String uri) {
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    }

    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
