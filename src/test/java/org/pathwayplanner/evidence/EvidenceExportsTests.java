package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.ScoreTargets;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence out: what each export holds, who may take it, and that no cell of it runs as a spreadsheet formula. */
@PlannerTest
class EvidenceExportsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    ScoreTargets targets;
    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    DataExchangeLog log;

    @Test
    void aTeacherExportsTheClassEvidenceAsADatedAttachmentAndTheExportIsLogged() throws Exception {
        SectionView section = people.sectionsOfTeacher("teacher.math").get(0);

        MockHttpServletResponse csv = as("teacher.math", "/sections/" + section.id() + "/evidence.csv");

        assertThat(csv.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"evidence-" + section.code() + "-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<CSVRecord> rows = records(csv.getContentAsString());
        assertThat(rows.get(0).values()).containsExactly("student", "competency", "level", "date", "kind", "title",
                "assessor", "comment", "studentName", "code", "levelLabel", "evidenceId");
        List<String> enrolled = people.studentsOfSection(section.id()).stream().map(StudentView::studentNumber).toList();
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(enrolled).contains(r.get(0)));
        assertThat(log.newest(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("teacher.math");
            assertThat(e.subject()).isEqualTo("class " + section.code());
        });
    }

    @Test
    void aTeacherCannotExportAnotherTeachersClass() throws Exception {
        SectionView other = people.sectionsOfTeacher("teacher.math2").get(0);

        mvc.perform(get("/sections/{id}/evidence.csv", other.id()).with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sections/{id}/oneroster-results.zip", other.id())
                        .with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCounselorCannotExportAStudentOutsideTheirCaseload() throws Exception {
        StudentView notMine = people.caseloadOf("counselor3").get(0);

        mvc.perform(get("/students/{id}/evidence.csv", notMine.id()).with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/students/{id}/audit.csv", notMine.id()).with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTeacherExportsOnlyTheSubjectsTheyTeachTheStudentWhileTheCounselorGetsEverything() throws Exception {
        StudentView student = people.studentOfAccount("student1").orElseThrow();
        Map<String, String> areaOfCode = new LinkedHashMap<>();
        framework.competencies().forEach(c -> areaOfCode.put(c.code(), String.valueOf(c.areaCode())));
        framework.objectives().forEach(o -> areaOfCode.put(o.code(), framework.competency(o.competencyId())
                .map(c -> String.valueOf(c.areaCode())).orElse("?")));

        List<CSVRecord> teachers = records(as("teacher.math", "/students/" + student.id() + "/evidence.csv")
                .getContentAsString());
        List<CSVRecord> counselors = records(as("counselor1", "/students/" + student.id() + "/evidence.csv")
                .getContentAsString());

        assertThat(teachers.subList(1, teachers.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(areaOfCode.get(cell(teachers, r, "code"))).isIn("MATH", "null"));
        assertThat(counselors.subList(1, counselors.size()))
                .anySatisfy(r -> assertThat(areaOfCode.get(cell(counselors, r, "code"))).isNotIn("MATH", "null"));
        assertThat(counselors.size()).isGreaterThan(teachers.size());
    }

    @Test
    void aTitleOrNameTypedLikeAFormulaComesOutAsTextThroughTheClassExport() throws Exception {
        SectionView section = people.sectionsOfTeacher("teacher.math").get(0);
        StudentView student = people.studentsOfSection(section.id()).get(0);
        long objective = framework.objectives().stream()
                .filter(o -> framework.competency(o.competencyId()).map(c -> "MATH".equals(c.areaCode())).orElse(false))
                .findFirst().orElseThrow().id();
        List<String> typed = List.of("=HYPERLINK(\"http://evil.example\",\"grades\")", "+1+2", "-3+4", "@SUM(A1:A9)",
                "\tTabbed", "\rReturned");
        for (String title : typed) {
            recorder.record(new NewEvidence(student.id(), EvidenceKind.TEST, title, LocalDate.now().minusDays(2), null,
                    title, null, List.of(Score.forObjective(objective, 3))));
        }

        List<CSVRecord> rows = records(as("teacher.math", "/sections/" + section.id() + "/evidence.csv")
                .getContentAsString());

        for (String title : typed) {
            assertThat(rows).as(title).anySatisfy(r -> {
                assertThat(cell(rows, r, "title")).isEqualTo("'" + title);
                assertThat(cell(rows, r, "comment")).isEqualTo("'" + title);
            });
        }
        assertThat(rows).noneSatisfy(r -> assertThat(r.values()).anyMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0));
    }

    @Test
    void oneRosterResultsCarryEachScoreByTheCaseIdentifierOfWhatItScores() throws Exception {
        SectionView section = people.sectionsOfTeacher("teacher.math").get(0);

        MockHttpServletResponse response = as("admin", "/sections/" + section.id() + "/oneroster-results.zip");

        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("oneroster-results-" + section.code());
        Map<String, List<CSVRecord>> files = unzip(response.getContentAsByteArray());
        assertThat(files.keySet()).containsExactly("manifest.csv", "categories.csv", "lineItems.csv", "results.csv",
                "lineItemLearningObjectiveIds.csv", "resultLearningObjectiveIds.csv");
        assertThat(files.get("manifest.csv")).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("oneroster.version");
            assertThat(r.get(1)).isEqualTo("1.2");
        });
        assertThat(files.get("results.csv").get(0).values()).startsWith("sourcedId", "status", "dateLastModified",
                "lineItemSourcedId", "studentSourcedId");
        assertThat(files.get("lineItems.csv").get(0).values()).contains("title", "assignDate", "dueDate",
                "classSourcedId", "categorySourcedId", "academicSessionSourcedId", "schoolSourcedId");
        List<String> lineItems = files.get("lineItems.csv").stream().skip(1).map(r -> r.get(0)).toList();
        List<String> results = files.get("results.csv").stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(files.get("results.csv").stream().skip(1)).isNotEmpty()
                .allSatisfy(r -> assertThat(lineItems).contains(r.get(3)));
        List<String> caseIdentifiers = targets.all().stream().map(ScoreTargets.Target::caseIdentifier).toList();
        assertThat(files.get("resultLearningObjectiveIds.csv").stream().skip(1)).isNotEmpty().allSatisfy(r -> {
            assertThat(results).contains(r.get(3));
            assertThat(r.get(4)).isEqualTo("case");
            assertThat(caseIdentifiers).contains(r.get(5));
            assertThat(Integer.parseInt(r.get(6))).isBetween(framework.scale().minLevel(), framework.scale().maxLevel());
        });
        MockHttpServletResponse again = as("admin", "/sections/" + section.id() + "/oneroster-results.zip");
        assertThat(unzip(again.getContentAsByteArray()).get("results.csv").stream().map(r -> r.get(0)).toList())
                .as("the same identifiers from one export to the next").isEqualTo(
                        files.get("results.csv").stream().map(r -> r.get(0)).toList());
    }

    private MockHttpServletResponse as(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    /** Every line of the CSV, the header line first. */
    static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    /** The cell of {@code row} in the column the header line of {@code rows} names {@code column}. */
    static String cell(List<CSVRecord> rows, CSVRecord row, String column) {
        return row.get(rows.get(0).toList().indexOf(column));
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) throws Exception {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), CSVFormat.RFC4180.parse(new StringReader(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8))).getRecords());
            }
        }
        return files;
    }
}
