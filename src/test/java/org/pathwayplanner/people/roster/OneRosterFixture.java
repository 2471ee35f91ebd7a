package org.pathwayplanner.people.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The small district of the test resources ({@code oneroster/small}: one school, three classes, four staff, three
 * students, two parents; every sourcedId starts with {@code rs-}), as files to change and zip, and the way to take an
 * imported district out of the shared test database again.
 */
public final class OneRosterFixture {

    static final List<String> FILES = List.of("manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv",
            "classes.csv", "users.csv", "enrollments.csv", "demographics.csv");

    private final Map<String, String> files = new LinkedHashMap<>();

    private OneRosterFixture(String folder) {
        for (String file : FILES) {
            try (InputStream in = OneRosterFixture.class.getResourceAsStream("/oneroster/" + folder + "/" + file)) {
                files.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static OneRosterFixture small() {
        return new OneRosterFixture("small");
    }

    /** The small district with one mistake: users.csv line 8 has the role "techer". */
    public static OneRosterFixture smallWithError() {
        return new OneRosterFixture("small-with-error");
    }

    public OneRosterFixture with(String file, UnaryOperator<String> change) {
        files.put(file, change.apply(files.get(file)));
        return this;
    }

    public OneRosterFixture file(String file, String content) {
        files.put(file, content);
        return this;
    }

    public OneRosterFixture without(String file) {
        files.remove(file);
        return this;
    }

    /** The manifest with a file's mode changed (bulk, delta, absent). */
    public OneRosterFixture mode(String file, String mode) {
        return with("manifest.csv", m -> m.replaceAll("file\\." + file + ",\\w+", "file." + file + "," + mode));
    }

    public String text(String file) {
        return files.get(file);
    }

    public Map<String, byte[]> bytes() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the zip to a file (for a browser's file input). */
    public java.nio.file.Path zipFile(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("oneroster");
            java.nio.file.Path path = dir.resolve(name);
            java.nio.file.Files.write(path, zip());
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes every record with a sourcedId starting with the prefix out of the database, with what refers to it. */
    public static void remove(JdbcTemplate jdbc, String prefix) {
        String like = prefix + "%";
        String students = "(select id from student where sourced_id like ?)";
        for (String table : List.of("student_progress", "student_progress_stale", "section_enrollment",
                "student_guardian")) {
            jdbc.update("delete from " + table + " where student_id in " + students, like);
        }
        jdbc.update("delete from student_plan_item where plan_id in (select id from student_plan where student_id in "
                + students + ")", like);
        jdbc.update("delete from student_plan_version where plan_id in (select id from student_plan where student_id in "
                + students + ")", like);
        jdbc.update("delete from student_plan where student_id in " + students, like);
        jdbc.update("delete from section_enrollment where section_id in (select id from class_section where sourced_id like ?)",
                like);
        jdbc.update("delete from student_guardian where guardian_id in (select id from guardian where sourced_id like ?)",
                like);
        jdbc.update("delete from class_section where sourced_id like ?", like);
        List<Long> accounts = jdbc.queryForList("""
                select account_id from student where sourced_id like ? and account_id is not null
                union select account_id from staff_member where sourced_id like ?
                union select account_id from guardian where sourced_id like ? and account_id is not null""",
                Long.class, like, like, like);
        jdbc.update("delete from student where sourced_id like ?", like);
        jdbc.update("delete from guardian where sourced_id like ?", like);
        jdbc.update("delete from staff_member where sourced_id like ?", like);
        for (Long account : accounts) {
            jdbc.update("delete from password_link where account_id = ?", account);
            jdbc.update("delete from user_account where id = ?", account);
        }
        jdbc.update("delete from school where sourced_id like ?", like);
    }
}
