package org.pathwayplanner.evidence.gradebook;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.EvidenceRefused;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.evidence.gradebook.ImportPlan.Change;
import org.pathwayplanner.evidence.gradebook.ImportPlan.Planned;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.LevelView;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.framework.ScoreTargets;
import org.pathwayplanner.framework.ScoreTargets.Target;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a gradebook evidence file into an {@link ImportPlan}: every row checked (student, competency or objective,
 * level on the district's scale, date, kind, title, assessor), every problem kept with its line and column, rows of
 * the same student, kind, title, date and assessor gathered into one evidence record, and each record compared with
 * what an earlier import of the same work left (by its key), so that the same file twice changes nothing.
 */
@Component
class GradebookReader {

    static final int LONGEST_TITLE = 200;
    static final int LONGEST_COMMENT = 2000;

    private final PeopleDirectory people;
    private final ScoreTargets targets;
    private final FrameworkCatalog framework;
    private final EvidenceRecorder recorder;
    private final ImportedRecords imported;

    GradebookReader(PeopleDirectory people, ScoreTargets targets, FrameworkCatalog framework, EvidenceRecorder recorder,
            ImportedRecords imported) {
        this.people = people;
        this.targets = targets;
        this.framework = framework;
        this.recorder = recorder;
        this.imported = imported;
    }

    /** A row as read, before its names are looked up. */
    private record Row(long line, Map<GradebookColumn, String> cells) {

        String get(GradebookColumn column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    /** The identity of one evidence record in the file. */
    private record Work(long studentId, EvidenceKind kind, String title, LocalDate date, Long assessorId) {

        String key() {
            return sha256((studentId + "\n" + kind + "\n" + title + "\n" + date + "\n" + (assessorId == null ? "" : assessorId))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final class Gathered {
        final long firstLine;
        final Map<String, Score> scores = new LinkedHashMap<>();
        final Map<String, Long> lineOf = new HashMap<>();
        String comment;

        Gathered(long firstLine) {
            this.firstLine = firstLine;
        }
    }

    @Transactional(readOnly = true)
    public ImportPlan read(String fileName, byte[] content) {
        ImportProblems problems = new ImportProblems();
        List<Row> rows = rows(content, problems);
        if (!problems.isEmpty()) {
            return new ImportPlan(fileName, sha256(content), rows.size(), List.of(), problems);
        }
        if (rows.isEmpty()) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(ImportPlan.FILE, "gradebook.problem.noRows"));
        }
        Map<String, Long> students = people.studentIdsByKey(rows.stream().map(r -> r.get(GradebookColumn.STUDENT))
                .filter(s -> !s.isEmpty()).toList());
        Map<String, Long> assessors = people.staffIdsByKey(rows.stream().map(r -> r.get(GradebookColumn.ASSESSOR))
                .filter(s -> !s.isEmpty()).toList());
        Map<String, List<Target>> targetsByName = targetsByName();
        ScaleView scale = framework.scale();

        Map<Work, Gathered> works = new LinkedHashMap<>();
        Map<Long, Boolean> left = new java.util.HashMap<>();
        for (Row row : rows) {
            Long student = lookUp(row, GradebookColumn.STUDENT, students, "gradebook.problem.unknownStudent", problems);
            if (student != null && left.computeIfAbsent(student, id -> people.leftOn(id).isPresent())) {
                // archived records take no evidence: said on the line rather than refusing the whole import later
                problems.at(ImportPlan.FILE, row.line(), GradebookColumn.STUDENT.header(),
                        "gradebook.problem.studentLeft", row.get(GradebookColumn.STUDENT));
                student = null;
            }
            Optional<Target> target = target(row, targetsByName, problems);
            Integer level = level(row, scale, problems);
            LocalDate date = date(row, problems);
            EvidenceKind kind = kind(row, problems);
            String title = title(row, problems);
            Long assessor = row.get(GradebookColumn.ASSESSOR).isEmpty() ? null
                    : lookUp(row, GradebookColumn.ASSESSOR, assessors, "gradebook.problem.unknownAssessor", problems);
            boolean assessorUnknown = !row.get(GradebookColumn.ASSESSOR).isEmpty() && assessor == null;
            String comment = row.get(GradebookColumn.COMMENT);
            if (comment.length() > LONGEST_COMMENT) {
                problems.at(ImportPlan.FILE, row.line(), GradebookColumn.COMMENT.header(),
                        "gradebook.problem.commentTooLong", LONGEST_COMMENT);
            }
            if (student == null || target.isEmpty() || level == null || date == null || kind == null || title == null
                    || assessorUnknown) {
                continue;
            }
            Gathered work = works.computeIfAbsent(new Work(student, kind, title, date, assessor),
                    w -> new Gathered(row.line()));
            Score score = target.get().isObjective() ? Score.forObjective(target.get().objectiveId(), level)
                    : Score.forCompetency(target.get().competencyId(), level);
            if (work.scores.containsKey(score.key())) {
                problems.at(ImportPlan.FILE, row.line(), GradebookColumn.COMPETENCY.header(),
                        "gradebook.problem.scoredTwice", row.get(GradebookColumn.COMPETENCY), work.lineOf.get(score.key()));
                continue;
            }
            work.scores.put(score.key(), score);
            work.lineOf.put(score.key(), row.line());
            if (work.comment == null && !comment.isEmpty()) {
                work.comment = comment;
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPlan(fileName, sha256(content), rows.size(), List.of(), problems);
        }
        Map<String, ImportedRecords.Current> current = imported.currentByKeys(
                works.keySet().stream().map(Work::key).toList());
        List<Planned> planned = new ArrayList<>();
        works.forEach((work, gathered) -> {
            NewEvidence evidence = new NewEvidence(work.studentId(), work.kind(), work.title(), work.date(),
                    work.assessorId(), gathered.comment, null, List.copyOf(gathered.scores.values()));
            ImportedRecords.Current existing = current.get(work.key());
            if (existing == null) {
                planned.add(new Planned(work.key(), evidence, Change.CREATE, null, gathered.firstLine));
            } else if (existing.scores().equals(ImportedRecords.signature(evidence.scores()))) {
                planned.add(new Planned(work.key(), evidence, Change.UNCHANGED, existing.evidenceId(), gathered.firstLine));
            } else {
                planned.add(new Planned(work.key(), evidence, Change.UPDATE, existing.evidenceId(), gathered.firstLine));
            }
        });
        return new ImportPlan(fileName, sha256(content), rows.size(), planned, problems);
    }

    private List<Row> rows(byte[] content, ImportProblems problems) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(true).get();
        // Spreadsheets save UTF-8 with a byte order mark, which would otherwise be part of the first header.
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader in = new InputStreamReader(new java.io.ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, format)) {
            Map<GradebookColumn, Integer> positions = new EnumMap<>(GradebookColumn.class);
            List<String> headers = csv.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                int position = i;
                GradebookColumn.named(headers.get(i)).ifPresent(c -> positions.putIfAbsent(c, position));
            }
            for (GradebookColumn column : GradebookColumn.values()) {
                if (column.required() && !positions.containsKey(column)) {
                    problems.at(ImportPlan.FILE, 1, column.header(), "gradebook.problem.missingColumn", column.header());
                }
            }
            if (!problems.isEmpty()) {
                return rows;
            }
            long line = 1;
            for (CSVRecord record : csv) {
                line++;
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue;
                }
                Map<GradebookColumn, String> cells = new EnumMap<>(GradebookColumn.class);
                positions.forEach((column, position) -> cells.put(column,
                        position < record.size() ? record.get(position) : ""));
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(ImportPlan.FILE, "gradebook.problem.unreadable",
                    String.valueOf(unreadable.getMessage())));
        }
        return rows;
    }

    private static Long lookUp(Row row, GradebookColumn column, Map<String, Long> ids, String unknownKey,
            ImportProblems problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column.header(), "gradebook.problem.empty", column.header());
            return null;
        }
        Long id = ids.get(value);
        if (id == null) {
            problems.at(ImportPlan.FILE, row.line(), column.header(), unknownKey, value);
        }
        return id;
    }

    private Map<String, List<Target>> targetsByName() {
        Map<String, List<Target>> byName = new HashMap<>();
        for (Target t : targets.all()) {
            byName.computeIfAbsent(t.caseIdentifier().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
            byName.computeIfAbsent(t.code().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
        }
        return byName;
    }

    private static Optional<Target> target(Row row, Map<String, List<Target>> byName, ImportProblems problems) {
        String value = row.get(GradebookColumn.COMPETENCY);
        String column = GradebookColumn.COMPETENCY.header();
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.empty", column);
            return Optional.empty();
        }
        List<Target> found = byName.getOrDefault(value.toLowerCase(Locale.ROOT), List.of()).stream().distinct().toList();
        if (found.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.unknownTarget", value);
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.ambiguousTarget", value);
            return Optional.empty();
        }
        if (found.get(0).retired()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.retiredTarget", value);
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** A level as its number or its label on the district's scale. */
    private static Integer level(Row row, ScaleView scale, ImportProblems problems) {
        String value = row.get(GradebookColumn.LEVEL);
        String column = GradebookColumn.LEVEL.header();
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.empty", column);
            return null;
        }
        for (LevelView level : scale.levels()) {
            if (String.valueOf(level.value()).equals(value) || level.label().equalsIgnoreCase(value)) {
                return level.value();
            }
        }
        problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.levelOffScale", value,
                scale.levels().stream().map(l -> l.value() + " " + l.label()).collect(Collectors.joining(", ")));
        return null;
    }

    private LocalDate date(Row row, ImportProblems problems) {
        String value = row.get(GradebookColumn.DATE);
        String column = GradebookColumn.DATE.header();
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.empty", column);
            return null;
        }
        LocalDate date;
        try {
            // OneRoster writes dates with a time (2026-10-05T00:00:00Z): the day is what counts.
            date = LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.badDate", value);
            return null;
        }
        Optional<EvidenceRefused> refused = recorder.dateRefusal(date);
        if (refused.isPresent()) {
            String code = refused.get().getCodes()[0];
            if (code.endsWith("futureDate")) {
                problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.futureDate", value);
            } else {
                problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.dateTooEarly", value,
                        String.valueOf(refused.get().getArguments()[0]));
            }
            return null;
        }
        return date;
    }

    /** A kind by its name, in any case, words apart or joined by a hyphen or an underscore. */
    private static EvidenceKind kind(Row row, ImportProblems problems) {
        String value = row.get(GradebookColumn.KIND);
        String column = GradebookColumn.KIND.header();
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.empty", column);
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<String> importable = importableKinds();
        if (!importable.contains(name)) {
            problems.at(ImportPlan.FILE, row.line(), column,
                    name.equals(EvidenceKind.PATHWAY_EVALUATION.name()) ? "gradebook.problem.pathwayKind"
                            : "gradebook.problem.unknownKind",
                    value, String.join(", ", importable));
            return null;
        }
        return EvidenceKind.valueOf(name);
    }

    /** Pathway evaluations come from the pathway's mentor and its approvals, never from a gradebook. */
    static List<String> importableKinds() {
        return Arrays.stream(EvidenceKind.values()).filter(k -> k != EvidenceKind.PATHWAY_EVALUATION)
                .map(Enum::name).toList();
    }

    private static String title(Row row, ImportProblems problems) {
        String value = row.get(GradebookColumn.TITLE);
        String column = GradebookColumn.TITLE.header();
        if (value.isEmpty()) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.empty", column);
            return null;
        }
        if (value.length() > LONGEST_TITLE) {
            problems.at(ImportPlan.FILE, row.line(), column, "gradebook.problem.titleTooLong", LONGEST_TITLE);
            return null;
        }
        return value;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
