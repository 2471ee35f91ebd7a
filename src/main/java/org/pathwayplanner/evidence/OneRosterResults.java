package org.pathwayplanner.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pathwayplanner.evidence.EvidenceExports.Line;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.people.RosterKeys;

/**
 * A class's evidence as OneRoster 1.2 gradebook results (CSV binding), for an LMS or SIS that reads them: a zip of
 * {@code manifest.csv}, {@code categories.csv} (one per kind of evidence), {@code lineItems.csv} (one per assessment:
 * the same title, date and kind across the class), {@code results.csv} (one per student's evidence record),
 * {@code lineItemLearningObjectiveIds.csv} and {@code resultLearningObjectiveIds.csv} (the learning objectives or
 * competencies scored, by their CASE identifier with {@code source=case}, and each level). Identifiers are stable
 * name-based UUIDs, so the same export twice says the same thing.
 */
final class OneRosterResults {

    private OneRosterResults() {
    }

    /** The class's keys: its sourcedId, its school's and its school year's. */
    record ClassKeys(String classSourcedId, String schoolSourcedId, String academicSessionSourcedId) {
    }

    static byte[] zip(List<Line> lines, ClassKeys keys, Map<Long, String> studentKeys, ScaleView scale, Instant now) {
        String modified = now.truncatedTo(ChronoUnit.SECONDS).toString();
        String active = "active";
        CsvTable categories = CsvTable.withHeaders("sourcedId", "status", "dateLastModified", "title", "weight");
        CsvTable lineItems = CsvTable.withHeaders("sourcedId", "status", "dateLastModified", "title", "description",
                "assignDate", "dueDate", "classSourcedId", "categorySourcedId", "academicSessionSourcedId",
                "resultValueMin", "resultValueMax", "schoolSourcedId");
        CsvTable results = CsvTable.withHeaders("sourcedId", "status", "dateLastModified", "lineItemSourcedId",
                "studentSourcedId", "classSourcedId", "scoreStatus", "score", "textScore", "scoreDate", "comment");
        CsvTable lineItemObjectives = CsvTable.withHeaders("sourcedId", "status", "dateLastModified",
                "lineItemSourcedId", "source", "learningObjectiveId");
        CsvTable resultObjectives = CsvTable.withHeaders("sourcedId", "status", "dateLastModified", "resultSourcedId",
                "source", "learningObjectiveId", "score", "textScore");

        Map<String, String> categoryIds = new LinkedHashMap<>();
        Map<String, String> lineItemIds = new LinkedHashMap<>();
        Map<String, String> lineItemObjectiveIds = new LinkedHashMap<>();
        Map<Long, String> resultIds = new LinkedHashMap<>();
        Map<Long, List<Line>> byEvidence = new LinkedHashMap<>();
        lines.forEach(l -> byEvidence.computeIfAbsent(l.evidence().getId(), id -> new java.util.ArrayList<>()).add(l));

        for (List<Line> record : byEvidence.values()) {
            Evidence e = record.get(0).evidence();
            String kind = e.getKind().name();
            String category = categoryIds.computeIfAbsent(kind, k -> {
                String id = id("category", k);
                categories.row(id, active, modified, title(k), null);
                return id;
            });
            String assessment = keys.classSourcedId() + "|" + kind + "|" + e.getTitle() + "|" + e.getAssessedOn();
            String lineItem = lineItemIds.computeIfAbsent(assessment, a -> {
                String id = id("lineItem", a);
                lineItems.row(id, active, modified, e.getTitle(), title(kind), e.getAssessedOn().toString(),
                        e.getAssessedOn().toString(), keys.classSourcedId(), category, keys.academicSessionSourcedId(),
                        scale.minLevel(), scale.maxLevel(), keys.schoolSourcedId());
                return id;
            });
            String result = resultIds.computeIfAbsent(e.getId(), id -> id("result", String.valueOf(id)));
            // One score: the result's own score is that level. Several: the levels go per objective only.
            Integer single = record.size() == 1 ? record.get(0).score().getLevel() : null;
            results.row(result, active, modified, lineItem, studentKeys.get(e.getStudentId()), keys.classSourcedId(),
                    "fully graded", single, single == null ? null : scale.labelOf(single), e.getAssessedOn().toString(),
                    e.getComment());
            for (Line l : record) {
                String objective = l.target().caseIdentifier();
                lineItemObjectiveIds.computeIfAbsent(lineItem + "|" + objective, k -> {
                    String id = id("lineItemLearningObjective", k);
                    lineItemObjectives.row(id, active, modified, lineItem, "case", objective);
                    return id;
                });
                resultObjectives.row(id("resultLearningObjective", result + "|" + objective), active, modified, result,
                        "case", objective, l.score().getLevel(), scale.labelOf(l.score().getLevel()));
            }
        }
        Map<String, CsvTable> files = new LinkedHashMap<>();
        files.put("categories.csv", categories);
        files.put("lineItems.csv", lineItems);
        files.put("results.csv", results);
        files.put("lineItemLearningObjectiveIds.csv", lineItemObjectives);
        files.put("resultLearningObjectiveIds.csv", resultObjectives);
        return zipped(manifest(), files);
    }

    /** The manifest: OneRoster 1.2, the gradebook files present in bulk, every other file absent. */
    static CsvTable manifest() {
        CsvTable manifest = CsvTable.withHeaders("propertyName", "value")
                .row("manifest.version", "1.0").row("oneroster.version", "1.2");
        List<String> present = List.of("categories", "lineItemLearningObjectiveIds", "lineItems",
                "resultLearningObjectiveIds", "results");
        for (String file : List.of("academicSessions", "categories", "classes", "classResources", "courses",
                "courseResources", "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems",
                "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results",
                "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users")) {
            manifest.row("file." + file, present.contains(file) ? "bulk" : "absent");
        }
        return manifest.row("source.systemName", "Pathway Planner").row("source.systemCode", "pathway-planner");
    }

    private static String id(String kind, String value) {
        return RosterKeys.derived(kind, value);
    }

    private static String title(String kind) {
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static byte[] zipped(CsvTable manifest, Map<String, CsvTable> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "manifest.csv", manifest);
            for (Map.Entry<String, CsvTable> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, CsvTable table) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(table.text().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
