package org.pathwayplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature reads and writes only its own tables; it asks another feature through that feature's public service
 * ({@code ModularityTests} checks the types, this checks the SQL). The one exception is the demo district
 * generator, which fills every feature's tables in bulk to build a district of any size.
 */
class FeatureTablesTests {

    /** Which feature owns each table: the package whose entities, repositories or queries keep it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("content_area", "framework"), Map.entry("state_standard", "framework"),
            Map.entry("competency", "framework"), Map.entry("competency_prerequisite", "framework"),
            Map.entry("competency_standard", "framework"), Map.entry("learning_objective", "framework"),
            Map.entry("proficiency_scale", "framework"), Map.entry("proficiency_level", "framework"),
            Map.entry("case_item_source", "framework"), Map.entry("case_change_stamp", "framework"),
            Map.entry("case_import_preview", "framework"),
            Map.entry("school", "people"), Map.entry("user_account", "people"), Map.entry("student", "people"),
            Map.entry("staff_member", "people"), Map.entry("guardian", "people"), Map.entry("student_guardian", "people"),
            Map.entry("class_section", "people"), Map.entry("section_enrollment", "people"),
            Map.entry("teacher_content_area", "people"),
            Map.entry("password_link", "people"),
            Map.entry("evidence", "evidence"), Map.entry("evidence_score", "evidence"),
            Map.entry("evidence_import", "evidence"),
            Map.entry("credit_area", "credits"), Map.entry("graduation_requirement", "credits"),
            Map.entry("credit_bundle", "credits"), Map.entry("credit_bundle_competency", "credits"),
            Map.entry("student_progress", "progress"), Map.entry("student_progress_stale", "progress"),
            Map.entry("rule_set_version", "policy"), Map.entry("rule_file", "policy"), Map.entry("rule_audit", "policy"),
            Map.entry("rule_preview", "policy"), Map.entry("rule_draft", "policy"),
            Map.entry("rule_shipped_decision", "policy"),
            Map.entry("data_exchange", "exchange"),
            Map.entry("pathway_proposal", "pathways"), Map.entry("pathway_proposal_competency", "pathways"),
            Map.entry("pathway_proposal_version", "pathways"),
            Map.entry("pathway_proposal_version_competency", "pathways"), Map.entry("pathway_event", "pathways"),
            Map.entry("pathway_evidence_link", "pathways"), Map.entry("pathway_mentor_evaluation", "pathways"),
            Map.entry("pathway_eligibility_problem", "pathways"), Map.entry("pathway_decision", "pathways"),
            Map.entry("pathway_timesheet_line", "pathways"),
            Map.entry("sign_in_attempt", "security"),
            Map.entry("api_token", "security"), Map.entry("sign_in_link", "security"), Map.entry("notification", "notifications"),
            Map.entry("notification_preference", "notifications"), Map.entry("notification_language", "notifications"),
            Map.entry("notified_support_flag", "notifications"),
            // several instances: recomputation runs and cluster schedules (issue 17)
            Map.entry("recomputation_run", "progress"), Map.entry("recomputation_partition", "progress"),
            Map.entry("shedlock", "cluster"),
            // operations: sessions, health, metrics (issue 17)
            Map.entry("spring_session", "security"), Map.entry("spring_session_attributes", "security"),
            // records of access and retention (issue 17)
            Map.entry("student_record_access", "records"),
            // signed credentials: CLR 2.0, did:web, verification (issue 18)
            Map.entry("credential_signing_key", "transcript"),

            // transcript releases to named recipients (issue 18)
            Map.entry("transcript_release", "transcript"), Map.entry("transcript_release_document", "transcript"),
            Map.entry("transcript_release_download", "transcript"),

            // work-based learning: steps, mentors, agreement, timesheets, evaluation (issue 19)
            Map.entry("mentor_invitation", "pathways"), Map.entry("mentor_link", "pathways"),
            Map.entry("mentor_evaluation", "pathways"), Map.entry("mentor_evaluation_level", "pathways"),
            // training agreement (issue 19)
            Map.entry("training_agreement", "pathways"), Map.entry("training_agreement_party", "pathways"),

            // work-based learning: files as evidence, opportunity catalog (issue 19)
            Map.entry("pathway_file", "attachments"), Map.entry("pathway_file_content", "attachments"),
            Map.entry("opportunity", "opportunities"), Map.entry("opportunity_competency", "opportunities"),
            Map.entry("opportunity_application", "opportunities"),

            // mentor timesheets and files (issue 19)
            Map.entry("pathway_timesheet_review", "pathways"),

            // fast at district scale (issue 20)
            // progress summaries (issue 20)
            Map.entry("student_progress_summary", "progress"),

            Map.entry("student_plan", "plan"), Map.entry("student_plan_item", "plan"),
            Map.entry("student_plan_version", "plan"));

    /**
     * Views a feature publishes for the others to read in SQL (its read model, as a public class is its Java API):
     * any feature may select from them; they are made by the owner's migrations and hold only what the owner shows.
     */
    static final Map<String, String> PUBLISHED_VIEWS = Map.of(
            "student_directory", "people", "student_teacher", "people"); // lists paged in SQL (issue 20)

    /** Features allowed to write other features' tables, and why. */
    static final Set<String> BULK_LOADERS = Set.of("demo");

    static final Path SOURCES = Path.of("src/main/java/org/pathwayplanner");
    static final Pattern TABLE_IN_SQL = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableMadeByAMigrationHasAnOwningFeature() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                        Pattern.CASE_INSENSITIVE).matcher(Files.readString(migration));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNER.keySet()).containsAll(created);
    }

    @Test
    void everyPublishedViewIsMadeByAMigrationAndIsNotATable() throws IOException {
        Set<String> views = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = Pattern.compile("create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)",
                        Pattern.CASE_INSENSITIVE).matcher(Files.readString(migration));
                while (m.find()) {
                    views.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(views).isEqualTo(PUBLISHED_VIEWS.keySet());
        assertThat(OWNER.keySet()).doesNotContainAnyElementsOf(views);
    }

    @Test
    void noFeatureQueriesAnotherFeaturesTables() throws IOException {
        List<String> trespasses = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2 || BULK_LOADERS.contains(relative.getName(0).toString())) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                Matcher m = TABLE_IN_SQL.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = OWNER.get(m.group(1).toLowerCase());
                    if (owner == null) {
                        continue;
                    }
                    statements++;
                    if (!owner.equals(feature)) {
                        trespasses.add(relative + ": " + m.group() + " (a table of " + owner + ")");
                    }
                }
            }
        }
        assertThat(statements).as("SQL found in the features' sources").isGreaterThan(10);
        assertThat(trespasses).isEmpty();
    }
}
