package org.pathwayplanner.policy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * Where an administrator started a preview, and so where its outcome opens for them: the editor of a file (with the
 * draft), the policy form (with what they had typed), the page of the rules shipped with this release, or the API
 * (its status resource; no page).
 */
public record PreviewOrigin(Kind kind, String file, Map<String, String> inputs) {

    public enum Kind { EDITOR, POLICY_FORM, SHIPPED, API }

    public PreviewOrigin {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }

    /** The editor of {@code file} (null: no file, the outcome stays on the preview's page). */
    public static PreviewOrigin editor(String file) {
        return new PreviewOrigin(Kind.EDITOR, file, Map.of());
    }

    /** The policy form, with the values of its fields as the administrator sent them. */
    public static PreviewOrigin policyForm(Map<String, String> inputs) {
        return new PreviewOrigin(Kind.POLICY_FORM, org.pathwayplanner.rules.PolicyDocument.FILE, inputs);
    }

    public static PreviewOrigin shipped() {
        return new PreviewOrigin(Kind.SHIPPED, null, Map.of());
    }

    public static PreviewOrigin api() {
        return new PreviewOrigin(Kind.API, null, Map.of());
    }

    /** The page where the outcome of preview {@code jobId} opens, showing its draft; none for the API. */
    Optional<String> outcomePage(String jobId) {
        return switch (kind) {
            case EDITOR -> file == null ? Optional.empty() : Optional.of("/admin/rules/files/"
                    + UriUtils.encodePathSegment(file, StandardCharsets.UTF_8) + "?preview=" + jobId);
            case POLICY_FORM -> Optional.of("/admin/rules/policy?preview=" + jobId);
            case SHIPPED -> Optional.of("/admin/rules/shipped?preview=" + jobId);
            case API -> Optional.empty();
        };
    }
}
