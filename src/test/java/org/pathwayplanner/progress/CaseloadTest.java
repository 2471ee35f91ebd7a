package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;

class CaseloadTest {

    final StudentLine ana = line(1, "Ana", "Rivera", 11, "Riverside", "ON_TRACK", "12", "12.5");
    final StudentLine ben = line(2, "Ben", "Adams", 10, "Northfield", "OFF_TRACK", "2", "6.3");
    final StudentLine cai = line(3, "Cai", "Moreno", 11, "Northfield", "AT_RISK", "9", "12.5");
    final StudentLine dee = new StudentLine(student(4, "Dee", "Zhou", 9, "Riverside"), null);
    final List<StudentLine> all = List.of(ana, ben, cai, dee);

    @Test
    void byDefaultTheStudentsFurthestBehindThePaceComeFirst() {
        Caseload caseload = Caseload.of(all, new Caseload.Filter(null, null, null, null, true));

        assertThat(names(caseload)).containsExactly("Ben", "Cai", "Ana", "Dee");
    }

    @Test
    void filtersCombineStatusGradeAndSchool() {
        assertThat(names(Caseload.of(all, new Caseload.Filter(null, 11, null, "name", false)))).containsExactly("Cai", "Ana");
        assertThat(names(Caseload.of(all, new Caseload.Filter(null, 11, "Northfield", "name", false)))).containsExactly("Cai");
        assertThat(names(Caseload.of(all, new Caseload.Filter("OFF_TRACK", null, null, null, true)))).containsExactly("Ben");
    }

    @Test
    void unknownFilterValuesAreIgnoredRatherThanHidingEveryone() {
        Caseload caseload = Caseload.of(all, new Caseload.Filter("SOMETHING", null, " ", "password", false));

        assertThat(caseload.students()).hasSize(4);
        assertThat(caseload.filter().sort()).isEqualTo("behind");
    }

    @Test
    void sortsByTheColumnChosenEitherWay() {
        assertThat(names(Caseload.of(all, new Caseload.Filter(null, null, null, "name", false))))
                .containsExactly("Ben", "Cai", "Ana", "Dee");
        assertThat(names(Caseload.of(all, new Caseload.Filter(null, null, null, "grade", true))))
                .containsExactly("Cai", "Ana", "Ben", "Dee");
        assertThat(names(Caseload.of(all, new Caseload.Filter(null, null, null, "status", false))))
                .containsExactly("Ben", "Cai", "Ana", "Dee");
    }

    @Test
    void theChartCountsTheWholeCaseloadWhateverTheFilter() {
        Caseload caseload = Caseload.of(all, new Caseload.Filter("MET", null, null, null, true));

        assertThat(caseload.students()).isEmpty();
        assertThat(caseload.byStatus()).containsEntry("ON_TRACK", 1L).containsEntry("OFF_TRACK", 1L)
                .containsEntry("AT_RISK", 1L).containsEntry("MET", 0L);
        assertThat(caseload.barPercent("ON_TRACK")).isEqualTo(100);
        assertThat(caseload.barPercent("MET")).isZero();
        assertThat(caseload.grades()).containsExactly(9, 10, 11);
        assertThat(caseload.schools()).containsExactly("Northfield", "Riverside");
    }

    @Test
    void aHeaderLinkReversesTheSortedColumnAndStartsOthersInTheirNaturalDirection() {
        Caseload.Filter byName = new Caseload.Filter(null, null, null, "name", false);

        assertThat(byName.descendingIfSortedBy("name")).isTrue();
        assertThat(byName.descendingIfSortedBy("grade")).isFalse();
        assertThat(byName.descendingIfSortedBy("behind")).isTrue();
    }

    private static List<String> names(Caseload caseload) {
        return caseload.students().stream().map(l -> l.student().firstName()).toList();
    }

    private static StudentLine line(long id, String first, String last, int grade, String school, String status,
            String earned, String expected) {
        return new StudentLine(student(id, first, last, grade, school), new ProgressSummary(id, status,
                new BigDecimal(earned), new BigDecimal("25"), 0, 0, false, Instant.EPOCH, new BigDecimal(expected)));
    }

    private static StudentView student(long id, String first, String last, int grade, String school) {
        return new StudentView(id, "S" + id, first, last, LocalDate.of(2010, 1, 1), grade, 2026 + 12 - grade, school,
                1L, "Maria Delgado", "s" + id);
    }
}
