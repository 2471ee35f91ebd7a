package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Results out as CSV: a student's audit and the district's status by school and grade. */
@PlannerTest
class ProgressExportsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    DataExchangeLog log;

    @Test
    void theCounselorExportsTheAuditOfAStudentOnTheCaseloadAreaByAreaWithItsTotal() throws Exception {
        StudentView student = people.studentOfAccount("student1").orElseThrow();
        var audit = progress.progressOf(student.id()).audit();

        var response = mvc.perform(get("/students/{id}/audit.csv", student.id())
                        .with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"audit-" + student.studentNumber() + "-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString())).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("studentNumber", "student", "status", "area", "areaName",
                "includedIn", "required", "earned", "outstanding", "competenciesToMaster");
        assertThat(rows).hasSize(audit.lines().size() + 2);
        CSVRecord total = rows.get(rows.size() - 1);
        assertThat(total.get(3)).isEqualTo("TOTAL");
        assertThat(total.get(2)).isEqualTo(audit.status());
        assertThat(new java.math.BigDecimal(total.get(7))).isEqualByComparingTo(audit.earned());
        assertThat(log.newest(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("counselor1");
            assertThat(e.format()).isEqualTo(ProgressExportsController.AUDIT_FORMAT);
        });
    }

    @Test
    void aTeacherDoesNotExportAnAuditEvenOfTheirOwnStudent() throws Exception {
        StudentView student = people.studentOfAccount("student1").orElseThrow();

        mvc.perform(get("/students/{id}/audit.csv", student.id()).with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDistrictStatusCountsEveryStudentOnceBySchoolAndGrade() throws Exception {
        var response = mvc.perform(get("/admin/district-status.csv").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse();

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString())).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("school", "grade", "MET", "ON_TRACK", "AT_RISK", "OFF_TRACK",
                "notEvaluated", "students");
        long counted = rows.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(7))).sum();
        assertThat(counted).isEqualTo(people.countStudents());
        assertThat(rows.stream().skip(1)).allSatisfy(r -> assertThat(Long.parseLong(r.get(2)) + Long.parseLong(r.get(3))
                + Long.parseLong(r.get(4)) + Long.parseLong(r.get(5)) + Long.parseLong(r.get(6)))
                .isEqualTo(Long.parseLong(r.get(7))));
    }
}
