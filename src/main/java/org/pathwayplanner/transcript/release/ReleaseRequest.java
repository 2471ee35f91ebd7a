package org.pathwayplanner.transcript.release;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a student or guardian asks for: the transcript sent to a named person at an organisation, at an e-mail
 * address, for a stated purpose (the disclosure record says why), with an optional note for the counselor.
 */
public record ReleaseRequest(String recipientName, String organisation, String email, String purpose, String note) {

    static final int NAME_LENGTH = 200;
    static final int EMAIL_LENGTH = 254;
    static final int PURPOSE_LENGTH = 300;
    static final int NOTE_LENGTH = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public static ReleaseRequest empty() {
        return new ReleaseRequest("", "", "", "", "");
    }

    /** The same request with surrounding blanks removed and an empty note as none. */
    ReleaseRequest trimmed() {
        return new ReleaseRequest(trim(recipientName), trim(organisation), trim(email), trim(purpose),
                trim(note).isEmpty() ? null : trim(note));
    }

    /** The problems by field (a message key each), in the form's order; empty when the request may be sent. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "recipientName", recipientName, NAME_LENGTH);
        required(problems, "organisation", organisation, NAME_LENGTH);
        required(problems, "email", email, EMAIL_LENGTH);
        if (!problems.containsKey("email") && !EMAIL.matcher(email.trim()).matches()) {
            problems.put("email", "release.error.email");
        }
        required(problems, "purpose", purpose, PURPOSE_LENGTH);
        if (note != null && note.trim().length() > NOTE_LENGTH) {
            problems.put("note", "release.error.tooLong");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, int length) {
        if (value == null || value.isBlank()) {
            problems.put(field, "release.error.required");
        } else if (value.trim().length() > length) {
            problems.put(field, "release.error.tooLong");
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
