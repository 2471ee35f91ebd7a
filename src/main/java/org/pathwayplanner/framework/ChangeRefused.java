package org.pathwayplanner.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to the framework or the credit rules refused as a whole, with one reason per form field.
 * Each reason carries a message key (and its arguments) so a page shows it beside the field in the
 * reader's language, and an English text for logs and the API.
 */
public class ChangeRefused extends IllegalArgumentException {

    /** Why one field is refused: {@code field} names the form field ({@code null} for the whole form). */
    // Serializable: shown after a redirect, so it travels in the session, which is kept in the database
    public record Reason(String field, String code, List<Object> args, String text) implements java.io.Serializable {
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final List<Reason> reasons;

    public ChangeRefused(List<Reason> reasons) {
        super(reasons.stream().map(Reason::text).collect(Collectors.joining("; ")));
        this.reasons = List.copyOf(reasons);
    }

    public static ChangeRefused because(String field, String code, String text, Object... args) {
        return new ChangeRefused(List.of(new Reason(field, code, List.of(args), text)));
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** Collects every reason a form is refused, so the person sees them all at once. */
    public static final class Reasons {

        private final List<Reason> reasons = new ArrayList<>();

        public Reasons refuse(String field, String code, String text, Object... args) {
            reasons.add(new Reason(field, code, List.of(args), text));
            return this;
        }

        public Reasons requireText(String field, String value, String what) {
            if (value == null || value.isBlank()) {
                refuse(field, "admin.error.required", what + " is required");
            }
            return this;
        }

        /** A new item's code: present, short and plain (letters, digits, dots, dashes, underscores), not taken. */
        public Reasons checkCode(String code, boolean taken) {
            if (code == null || code.isBlank()) {
                refuse("code", "admin.error.required", "A code is required");
            } else if (!CODE.matcher(code.strip()).matches()) {
                refuse("code", "admin.error.codePattern", "Up to 40 letters, digits, dots, dashes or underscores");
            } else if (taken) {
                refuse("code", "admin.error.duplicateCode", "The code " + code.strip() + " is taken", code.strip());
            }
            return this;
        }

        public boolean refusesField(String field) {
            return reasons.stream().anyMatch(r -> field.equals(r.field()));
        }

        /** Throws when any reason was collected: all of the change or none of it. */
        public void throwIfAny() {
            if (!reasons.isEmpty()) {
                throw new ChangeRefused(reasons);
            }
        }
    }
}
