package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name typed by a person never runs as a spreadsheet formula. */
class CaseloadCsvTest {

    @Test
    void cellsStartingLikeAFormulaAreWrittenAsText() {
        assertThat(CaseloadCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CaseloadCsv.text("+1")).isEqualTo("'+1");
        assertThat(CaseloadCsv.text("-2")).isEqualTo("'-2");
        assertThat(CaseloadCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryNamesAreUnchanged() {
        assertThat(CaseloadCsv.text("O'Brien, Ana")).isEqualTo("O'Brien, Ana");
        assertThat(CaseloadCsv.text("")).isEmpty();
        assertThat(CaseloadCsv.text(null)).isEmpty();
    }
}
