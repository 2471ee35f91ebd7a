package org.pathwayplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoStaffingTest {

    @Test
    void theDefaultDemoKeepsItsFourCounselorsAndOneTeacherAndSectionPerAreaSchoolAndGrade() {
        assertThat(DemoStaffing.forStudents(200)).isEqualTo(new DemoStaffing(2, 1, 1));
        assertThat(DemoStaffing.forStudents(60)).isEqualTo(new DemoStaffing(2, 1, 1));
        assertThat(DemoStaffing.forStudents(1600).counselorsPerSchool()).isEqualTo(2);
    }

    @Test
    void aDistrictOfFiftyThousandHasACounselorPerFourHundredStudentsAndClassesOfThirty() {
        DemoStaffing big = DemoStaffing.forStudents(50_000);

        assertThat(big.counselorsPerSchool()).isEqualTo(63);            // 25,000 a school: 397 each
        assertThat(50_000 / (2 * big.counselorsPerSchool())).isBetween(380, 400);
        assertThat(big.sectionsPerGrade()).isEqualTo(209);              // 6,250 a grade and school: 30 a class
        assertThat(6_250.0 / big.sectionsPerGrade()).isBetween(29.0, 30.0);
        assertThat(big.teachersPerArea()).isEqualTo(168);               // 836 sections of an area: 5 each
    }

    @Test
    void everySectionHasATeacherAndTeachersShareTheSectionsEvenly() {
        DemoStaffing staffing = DemoStaffing.forStudents(5_000);
        int[] load = new int[staffing.teachersPerArea()];

        for (int grade = 0; grade < DemoStaffing.GRADES; grade++) {
            for (int section = 0; section < staffing.sectionsPerGrade(); section++) {
                load[staffing.teacherOf(grade, section)]++;
            }
        }

        assertThat(java.util.Arrays.stream(load).boxed().toList()).allSatisfy(sections -> assertThat(sections).isBetween(4, 5));
    }
}
