package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.exchange.ImportProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated 50,000-student, 2,000-class OneRoster district imported into an empty database, against merely
 * unzipping and parsing the same CSV files (every field of every record read by commons-csv) in the same run; the
 * database is the subclass's (H2 in memory, PostgreSQL). Size: -Dbench.rosterStudents=50000,
 * -Dbench.rosterClasses=2000. Prints figures; the goal (at most 3 times the parse) is in docs/performance.md.
 */
@Tag("benchmark")
abstract class RosterImportMeasurement {

    static final int STUDENTS = Integer.getInteger("bench.rosterStudents", 50_000);
    static final int CLASSES = Integer.getInteger("bench.rosterClasses", 2_000);

    @Autowired
    RosterImports imports;
    @Autowired
    JdbcTemplate jdbc;
    /**
     * An import of more than 200 students ends by starting a district-wide evaluation in the background; here it does
     * nothing, so that the measurements after the first import have the cores to themselves (the evaluation's own
     * cost is DistrictEvaluationBenchmark's).
     */
    @org.springframework.test.context.bean.override.mockito.MockitoBean
    org.pathwayplanner.progress.DistrictEvaluation district;

    @Test
    void importingADistrictAgainstParsingItsFiles() {
        byte[] zip = new OneRosterDistrictGenerator(STUDENTS, CLASSES, "bn-").zip();
        byte[] warmUp = new OneRosterDistrictGenerator(2_000, 100, "wu-").zip();
        System.out.printf("BENCH roster on %s: %d students, %d classes, zip %d KB%n", database(), STUDENTS, CLASSES,
                zip.length / 1024);

        // warm-up: JIT, the parser, the import's code paths (a small district with other sourcedIds)
        for (int i = 0; i < 3; i++) {
            parse(zip);
        }
        assertThat(imports.importNow("bench", "warm-up.zip", warmUp, List.of()).state)
                .isEqualTo(RosterImports.State.DONE);
        for (int i = 0; i < 2; i++) {
            new RosterReader(RosterZip.files("b.zip", zip, new ImportProblems()), List.of(), new ImportProblems()).read();
        }

        long parseStart = System.nanoTime();
        long fields = parse(zip);
        long parseMs = millisSince(parseStart);
        System.out.printf("BENCH parse only (unzip + commons-csv, every field): %d fields in %d ms%n", fields, parseMs);

        long readStart = System.nanoTime();
        ImportProblems problems = new ImportProblems();
        new RosterReader(RosterZip.files("b.zip", zip, problems), List.of(), problems).read();
        long readMs = millisSince(readStart);
        assertThat(problems.list()).isEmpty();
        System.out.printf("BENCH read and check every value (RosterReader): %d ms%n", readMs);

        long dryStart = System.nanoTime();
        RosterImports.Preview preview = imports.dryRun("bench", "district.zip", zip, List.of());
        long dryMs = millisSince(dryStart);
        assertThat(preview.importable()).as(String.valueOf(preview.problems().list())).isTrue();
        System.out.printf("BENCH dry run (read, compare with the database): %d ms%n", dryMs);

        Map<String, Long> stepEnds = new java.util.LinkedHashMap<>();
        imports.interruption = (step, rows) -> stepEnds.put(step, System.nanoTime());
        long importStart = System.nanoTime();
        RosterImports.Job job = imports.importNow("bench", "district.zip", zip, List.of());
        long importMs = millisSince(importStart);
        long importEnd = System.nanoTime();
        imports.interruption = (step, rows) -> { };
        assertThat(job.state).as(String.valueOf(job.failure)).isEqualTo(RosterImports.State.DONE);
        System.out.printf("BENCH import into an empty district (read, compare, write, commit): %d ms, %d changes (%s)%n",
                importMs, job.counts.changes(), job.counts.summary());
        System.out.printf("BENCH   of which reading and comparing %d ms, writing and committing %d ms%n",
                job.planMillis, importMs - job.planMillis);
        System.out.printf("BENCH   writing by step (ms, from the end of the step before): %s%n", stepTimes(stepEnds)
                + "commit " + (stepEnds.isEmpty() ? 0 : (importEnd - List.copyOf(stepEnds.values()).get(stepEnds.size() - 1)) / 1_000_000));
        System.out.printf("BENCH ratio import / parse: %.2f (goal <= 3)%n", (double) importMs / parseMs);

        long againStart = System.nanoTime();
        RosterImports.Job again = imports.importNow("bench", "district.zip", zip, List.of());
        long againMs = millisSince(againStart);
        System.out.printf("BENCH the same roster again (0 changes: %d): %d ms, ratio %.2f%n", again.counts.changes(),
                againMs, (double) againMs / parseMs);
        System.out.printf("BENCH machine: %d processors, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024,
                System.getProperty("java.version"));

        assertThat(jdbc.queryForObject("select count(*) from student where sourced_id like 'bn-%'", Long.class))
                .isEqualTo(STUDENTS);
        assertThat(again.counts.changes()).isZero();
    }

    abstract String database();

    /** Unzips and parses every file, reading every field of every record: the least an import can do. */
    private static long parse(byte[] zip) {
        Map<String, byte[]> files = RosterZip.files("b.zip", zip, new ImportProblems());
        long fields = 0;
        for (byte[] file : files.values()) {
            try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(file), StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader,
                            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                for (CSVRecord record : parser) {
                    for (String value : record) {
                        fields += value.isEmpty() ? 0 : 1;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fields;
    }

    /** How long each step of the write took, the first from the first row it wrote. */
    private static String stepTimes(Map<String, Long> ends) {
        StringBuilder times = new StringBuilder();
        Long previous = null;
        for (Map.Entry<String, Long> end : ends.entrySet()) {
            if (previous != null) {
                times.append(end.getKey()).append(' ').append((end.getValue() - previous) / 1_000_000).append("; ");
            }
            previous = end.getValue();
        }
        return times.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
