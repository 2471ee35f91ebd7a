package org.pathwayplanner.people.roster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.people.roster.Roster.Course;
import org.pathwayplanner.people.roster.Roster.Demographic;
import org.pathwayplanner.people.roster.Roster.Enrollment;
import org.pathwayplanner.people.roster.Roster.FileMode;
import org.pathwayplanner.people.roster.Roster.Org;
import org.pathwayplanner.people.roster.Roster.PersonKind;
import org.pathwayplanner.people.roster.Roster.RosterClass;
import org.pathwayplanner.people.roster.Roster.Session;
import org.pathwayplanner.people.roster.Roster.Status;
import org.pathwayplanner.people.roster.Roster.User;

/**
 * Reads the CSV files of a OneRoster 1.1 upload (and the 1.2 users and roles files): columns by header name, unknown
 * columns ignored, every value checked for its own shape (a role, a CEDS grade, a date, a status), every problem kept
 * with its file, line (the header is line 1) and column. Whether the records fit together and with the district's
 * data is {@link RosterPlan}'s question.
 */
final class RosterReader {

    /** OneRoster 1.1 and 1.2 roles, and what the product makes of each (null: a role it does not serve). */
    private static final Map<String, PersonKind> ROLES = new HashMap<>();

    static {
        ROLES.put("student", PersonKind.STUDENT);
        ROLES.put("teacher", PersonKind.TEACHER);
        ROLES.put("counselor", PersonKind.COUNSELOR);
        for (String admin : List.of("administrator", "districtadministrator", "siteadministrator", "principal",
                "systemadministrator")) {
            ROLES.put(admin, PersonKind.ADMIN);
        }
        for (String guardian : List.of("guardian", "parent", "relative")) {
            ROLES.put(guardian, PersonKind.GUARDIAN);
        }
        ROLES.put("aide", null);
        ROLES.put("proctor", null);
    }

    /** CEDS grade levels (OneRoster's grades vocabulary). */
    private static final Set<String> CEDS_GRADES = Set.of("IT", "PR", "PK", "TK", "KG", "01", "02", "03", "04", "05",
            "06", "07", "08", "09", "10", "11", "12", "13", "PS", "UG", "Other");
    static final int LOWEST_GRADE = 6;
    static final int HIGHEST_GRADE = 12;

    private static final List<String> DATA_FILES = List.of(Roster.ORGS, Roster.SESSIONS, Roster.COURSES,
            Roster.CLASSES, Roster.USERS, Roster.ENROLLMENTS, Roster.DEMOGRAPHICS, Roster.ROLES);

    private final Map<String, byte[]> files;
    private final Set<String> counselorKeys;
    private final ImportProblems problems;

    /**
     * @param files the upload's files by name (the zip's entries, folders dropped)
     * @param counselorKeys the sourcedIds or usernames of staff the administrator says are counselors
     */
    RosterReader(Map<String, byte[]> files, Collection<String> counselorKeys, ImportProblems problems) {
        this.files = files;
        this.counselorKeys = new HashSet<>(counselorKeys);
        this.problems = problems;
    }

    Roster read() {
        Map<String, FileMode> modes = manifest();
        Map<String, RoleOf> roles = modes.get(Roster.ROLES) == FileMode.ABSENT || !files.containsKey(Roster.ROLES)
                ? Map.of() : roles();
        return new Roster(modes,
                rows(modes, Roster.ORGS, List.of("sourcedId", "name", "type"), this::org),
                rows(modes, Roster.SESSIONS, List.of("sourcedId", "type", "schoolYear"), this::session),
                rows(modes, Roster.COURSES, List.of("sourcedId", "title"), this::course),
                rows(modes, Roster.CLASSES, List.of("sourcedId", "title", "courseSourcedId", "schoolSourcedId",
                        "termSourcedIds"), this::rosterClass),
                rows(modes, Roster.USERS, List.of("sourcedId", "username", "givenName", "familyName"),
                        row -> user(row, roles)),
                rows(modes, Roster.ENROLLMENTS, List.of("sourcedId", "classSourcedId", "userSourcedId", "role"),
                        this::enrollment),
                rows(modes, Roster.DEMOGRAPHICS, List.of("sourcedId", "birthDate"), this::demographic));
    }

    // ------------------------------------------------------------------------------------------ the manifest

    private Map<String, FileMode> manifest() {
        Map<String, FileMode> modes = new LinkedHashMap<>();
        DATA_FILES.forEach(f -> modes.put(f, FileMode.ABSENT));
        if (!files.containsKey(Roster.MANIFEST)) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(Roster.MANIFEST, "roster.problem.noManifest"));
            return modes;
        }
        boolean versioned = false;
        for (Row row : parse(Roster.MANIFEST, List.of("propertyName", "value"))) {
            String name = row.get("propertyName");
            String value = row.get("value");
            if (name.startsWith("file.")) {
                String file = name.substring("file.".length()) + ".csv";
                FileMode mode = switch (value.toLowerCase(Locale.ROOT)) {
                    case "bulk" -> FileMode.BULK;
                    case "delta" -> FileMode.DELTA;
                    case "absent" -> FileMode.ABSENT;
                    default -> null;
                };
                if (mode == null) {
                    row.problem("value", "roster.problem.manifestMode", value, name);
                } else if (modes.containsKey(file)) {
                    modes.put(file, mode);
                }
            } else if (name.equals("oneroster.version")) {
                versioned = true;
                if (!value.equals("1.1") && !value.equals("1.2")) {
                    row.problem("value", "roster.problem.version", value);
                }
            }
        }
        if (!versioned) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(Roster.MANIFEST, "roster.problem.noVersion"));
        }
        modes.forEach((file, mode) -> {
            if (mode != FileMode.ABSENT && !files.containsKey(file)) {
                problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(file, "roster.problem.missingFile",
                        file, mode.name().toLowerCase(Locale.ROOT)));
            }
        });
        if (modes.get(Roster.USERS) == FileMode.ABSENT && modes.get(Roster.ORGS) == FileMode.ABSENT
                && modes.get(Roster.CLASSES) == FileMode.ABSENT && modes.get(Roster.ENROLLMENTS) == FileMode.ABSENT
                && files.containsKey(Roster.MANIFEST) && problems.isEmpty()) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(Roster.MANIFEST, "roster.problem.nothing"));
        }
        return modes;
    }

    // ------------------------------------------------------------------------------------------ the files

    private <T> List<T> rows(Map<String, FileMode> modes, String file, List<String> required, Function<Row, T> read) {
        if (modes.get(file) == FileMode.ABSENT || !files.containsKey(file)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        for (Row row : parse(file, required)) {
            String sourcedId = row.get("sourcedId");
            if (sourcedId.isEmpty()) {
                row.problem("sourcedId", "roster.problem.required");
                continue;
            }
            Long first = lines.putIfAbsent(sourcedId, row.line);
            if (first != null) {
                row.problem("sourcedId", "roster.problem.duplicate", sourcedId, first);
                continue;
            }
            T record = read.apply(row);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private Org org(Row row) {
        return new Org(row.line, row.get("sourcedId"), row.status(), row.required("name"), row.get("type"),
                row.get("identifier"));
    }

    private Session session(Row row) {
        return new Session(row.line, row.get("sourcedId"), row.status(), row.get("type"), row.get("schoolYear"));
    }

    private Course course(Row row) {
        return new Course(row.line, row.get("sourcedId"), row.status(), row.get("title"), row.list("subjects"));
    }

    private RosterClass rosterClass(Row row) {
        return new RosterClass(row.line, row.get("sourcedId"), row.status(), row.required("title"),
                row.get("classCode"), row.get("courseSourcedId"), row.required("schoolSourcedId"),
                row.list("termSourcedIds"), row.list("subjects"));
    }

    /** A user's role and organisations from the 1.2 roles file (its primary role first). */
    private record RoleOf(String role, List<String> orgSourcedIds) {
    }

    private Map<String, RoleOf> roles() {
        Map<String, RoleOf> roles = new HashMap<>();
        for (Row row : parse(Roster.ROLES, List.of("userSourcedId", "roleType", "role", "orgSourcedId"))) {
            if (row.status() == Status.TO_BE_DELETED) {
                continue;
            }
            String user = row.get("userSourcedId");
            String role = row.get("role");
            if (!ROLES.containsKey(role.toLowerCase(Locale.ROOT))) {
                row.problem("role", "roster.problem.role", role);
                continue;
            }
            RoleOf known = roles.get(user);
            boolean primary = "primary".equalsIgnoreCase(row.get("roleType"));
            List<String> orgs = new ArrayList<>(known == null ? List.of() : known.orgSourcedIds());
            orgs.add(row.get("orgSourcedId"));
            roles.put(user, new RoleOf(known == null || primary ? role : known.role(), orgs));
        }
        return roles;
    }

    private User user(Row row, Map<String, RoleOf> roles) {
        String sourcedId = row.get("sourcedId");
        RoleOf fromRoles = roles.get(sourcedId);
        String role;
        List<String> orgs;
        if (row.has("role")) {
            role = row.required("role");
            orgs = row.list("orgSourcedIds");
        } else if (fromRoles != null) {
            role = fromRoles.role();
            orgs = fromRoles.orgSourcedIds();
        } else {
            row.problem("role", "roster.problem.noRole", sourcedId);
            return null;
        }
        if (role.isEmpty()) {
            return null;
        }
        String roleKey = role.toLowerCase(Locale.ROOT);
        if (!ROLES.containsKey(roleKey)) {
            row.problem("role", "roster.problem.role", role);
            return null;
        }
        PersonKind kind = ROLES.get(roleKey);
        if (kind == PersonKind.TEACHER && (counselorKeys.contains(sourcedId)
                || counselorKeys.contains(row.get("username")))) {
            kind = PersonKind.COUNSELOR;
        }
        Integer grade = kind == PersonKind.STUDENT ? grade(row) : null;
        String enabledUser = row.get("enabledUser");
        if (!enabledUser.isEmpty() && !enabledUser.equalsIgnoreCase("true") && !enabledUser.equalsIgnoreCase("false")) {
            row.problem("enabledUser", "roster.problem.boolean", enabledUser);
        }
        return new User(row.line, sourcedId, row.status(), !enabledUser.equalsIgnoreCase("false"), orgs, role, kind,
                kind == null ? row.get("username") : row.required("username", 80), row.get("identifier"),
                row.required("givenName", 80), row.required("familyName", 80), row.limited("email", 160),
                row.limited("phone", 40), row.list("agentSourcedIds"), grade);
    }

    /** A student's grade: the first of the CEDS codes listed, which must be one of grades 6 to 12. */
    private Integer grade(Row row) {
        List<String> grades = row.list("grades");
        if (grades.isEmpty()) {
            if (row.status() == Status.ACTIVE) {
                row.problem("grades", "roster.problem.noGrade");
            }
            return null;
        }
        String code = grades.get(0);
        if (!CEDS_GRADES.contains(code)) {
            row.problem("grades", "roster.problem.grade", code);
            return null;
        }
        int grade;
        try {
            grade = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            grade = -1;
        }
        if (grade < LOWEST_GRADE || grade > HIGHEST_GRADE) {
            row.problem("grades", "roster.problem.gradeOutside", code, LOWEST_GRADE, HIGHEST_GRADE);
            return null;
        }
        return grade;
    }

    private Enrollment enrollment(Row row) {
        String primary = row.get("primary");
        if (!primary.isEmpty() && !primary.equalsIgnoreCase("true") && !primary.equalsIgnoreCase("false")) {
            row.problem("primary", "roster.problem.boolean", primary);
        }
        String role = row.required("role");
        if (!role.isEmpty() && !ROLES.containsKey(role.toLowerCase(Locale.ROOT))) {
            row.problem("role", "roster.problem.role", role);
        }
        return new Enrollment(row.line, row.get("sourcedId"), row.status(), row.required("classSourcedId"),
                row.required("userSourcedId"), role.toLowerCase(Locale.ROOT), primary.equalsIgnoreCase("true"));
    }

    private Demographic demographic(Row row) {
        String text = row.get("birthDate");
        LocalDate birthDate = null;
        if (!text.isEmpty()) {
            try {
                birthDate = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                row.problem("birthDate", "roster.problem.date", text);
            }
        }
        return new Demographic(row.line, row.get("sourcedId"), row.status(), birthDate);
    }

    // ------------------------------------------------------------------------------------------ CSV rows

    /** The rows of a file, each knowing its line; a header without a required column is one problem, no rows. */
    private List<Row> parse(String file, List<String> required) {
        byte[] bytes = files.get(file);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(false).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes, skip, bytes.length - skip),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.putIfAbsent(name.trim(), index));
            List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(c -> problems.at(file, 1, c, "roster.problem.missingColumn", c));
                return List.of();
            }
            for (CSVRecord record : parser) {
                rows.add(new Row(file, record.getRecordNumber() + 1, header, record));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(org.pathwayplanner.exchange.ImportProblem.ofFile(file, "roster.problem.unreadable",
                    String.valueOf(e.getMessage())));
            return List.of();
        }
        return rows;
    }

    /** One CSV row, its values by header name, and where to report what is wrong with it. */
    private final class Row {

        final String file;
        final long line;
        private final Map<String, Integer> header;
        private final CSVRecord record;

        Row(String file, long line, Map<String, Integer> header, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.record = record;
        }

        boolean has(String column) {
            return header.containsKey(column);
        }

        String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty() && status() == Status.ACTIVE) {
                problem(column, "roster.problem.required");
            }
            return value;
        }

        String required(String column, int length) {
            String value = required(column);
            return limit(column, value, length);
        }

        String limited(String column, int length) {
            return limit(column, get(column), length);
        }

        private String limit(String column, String value, int length) {
            if (value.length() > length) {
                problem(column, "roster.problem.tooLong", value, length);
                return value.substring(0, length);
            }
            return value;
        }

        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of()
                    : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        }

        private Status status;

        Status status() {
            if (status == null) {
                status = readStatus();
            }
            return status;
        }

        private Status readStatus() {
            String value = get("status");
            if (value.isEmpty() || value.equalsIgnoreCase("active")) {
                return Status.ACTIVE;
            }
            if (value.equalsIgnoreCase("tobedeleted")) {
                return Status.TO_BE_DELETED;
            }
            problem("status", "roster.problem.status", value);
            return Status.ACTIVE;
        }

        void problem(String column, String key, Object... args) {
            problems.at(file, line, column, key, args);
        }
    }
}
