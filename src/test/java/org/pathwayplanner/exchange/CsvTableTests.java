package org.pathwayplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    @Test
    void a_text_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws IOException {
        String csv = CsvTable.withHeaders("title").row("=HYPERLINK(\"http://x\")").row("+1").row("-2+3").row("@SUM(A1)")
                .row("\tTab").row("\rReturn").text();

        assertThat(read(csv)).extracting(r -> r.get(0)).containsExactly("title", "'=HYPERLINK(\"http://x\")", "'+1",
                "'-2+3", "'@SUM(A1)", "'\tTab", "'\rReturn");
    }

    @Test
    void ordinary_text_numbers_and_empty_cells_are_written_as_they_are() throws IOException {
        String csv = CsvTable.withHeaders("name", "credits", "behind", "note")
                .row("Ana, María", new BigDecimal("1.50"), -2, null).text();

        CSVRecord row = read(csv).get(1);
        assertThat(List.of(row.get(0), row.get(1), row.get(2), row.get(3))).containsExactly("Ana, María", "1.50", "-2",
                "");
    }

    @Test
    void a_header_that_looks_like_a_formula_is_neutralised_too() throws IOException {
        assertThat(read(CsvTable.withHeaders("=cmd").text()).get(0).get(0)).isEqualTo("'=cmd");
    }

    @Test
    void a_row_of_the_wrong_width_is_refused() {
        assertThatThrownBy(() -> CsvTable.withHeaders("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lines_end_in_crlf_as_rfc_4180_says() {
        assertThat(CsvTable.withHeaders("a").row("x").text()).isEqualTo("a\r\nx\r\n");
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
