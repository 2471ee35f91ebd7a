package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The progress pages speak the reader's language: labels and explanations, never the rules' codes. */
@PlannerTest
class ProgressPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    PageScale scale;
    @Autowired
    Sentences sentences;
    @Autowired
    org.pathwayplanner.framework.FrameworkEditor editor;

    @Test
    void aCompetencysLevelNamesItsCalculationMethodAndExplainsItInTheReadersLanguage() throws Exception {
        var student = people.studentOfAccount("student1").orElseThrow();
        var decaying = progress.progressOf(student.id()).competencies().stream()
                .filter(c -> CalculationMethods.DECAYING_AVERAGE.equals(c.method()) && c.levelLabel() != null)
                .findFirst().orElseThrow();

        String english = page("/student/competencies/" + decaying.id(), "student1", "en");
        String spanish = page("/student/competencies/" + decaying.id(), "student1", "es");

        assertThat(english).contains(decaying.levelLabel() + ", by the decaying average")
                .contains("older scores count less and less").doesNotContain("DECAYING_AVERAGE");
        assertThat(spanish).contains("por el promedio ponderado decreciente").doesNotContain("DECAYING_AVERAGE");
    }

    @Test
    void everyCalculationMethodHasALabelAndAnExplanation() throws Exception {
        var bundle = java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT);
        var spanish = java.util.ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag("es"));
        for (String method : CalculationMethods.ALL) {
            assertThat(bundle.getString("method." + method)).isNotBlank().doesNotContain("_");
            assertThat(bundle.getString("method." + method + ".how")).startsWith("How this level was computed");
            assertThat(spanish.getString("method." + method + ".how")).startsWith("Cómo se calculó este nivel");
        }
    }

    @Test
    void theMapIsAGroupOfNamedLinksWithATextAlternative() throws Exception {
        var student = people.studentOfAccount("student1").orElseThrow();
        var competencies = progress.progressOf(student.id()).competencies();

        String page = page("/student/map", "student1", "en");

        String svg = page.substring(page.indexOf("<svg id=\"competency-map\""), page.indexOf("</svg>", page.indexOf("<svg id=\"competency-map\"")));
        assertThat(svg).contains("role=\"group\"").doesNotContain("role=\"img\"");
        assertThat(svg.split("<a ")).hasSize(competencies.size() + 1);
        assertThat(svg.split("aria-label=\"")).hasSize(competencies.size() + 2);   // the map's own label and one per node
        String list = page.substring(page.indexOf("id=\"map-list\""));
        competencies.forEach(c -> assertThat(list).contains("/student/competencies/" + c.id() + "\""));
        assertThat(page).contains(">Mathematics<").contains(">Cross-curricular<").doesNotContain(">MATH<");
    }

    @Test
    void theStaffViewOfAStudentShowsEarnedAndRequiredCreditsUnderColumnHeaders() throws Exception {
        var student = people.caseloadOf("counselor1").get(0);
        var audit = progress.progressOf(student.id()).audit();

        String page = page("/students/" + student.id(), "counselor1", "en");

        String table = page.substring(page.indexOf("id=\"credit-areas\""), page.indexOf("</table>", page.indexOf("id=\"credit-areas\"")));
        assertThat(table).contains("<thead>").contains(">Credit area</th>").contains(">Earned</th>")
                .contains(">Required</th>").contains(">Still needed</th>");
        audit.lines().forEach(line -> assertThat(table).contains(line.areaName())
                .contains("<td class=\"num\">" + plain(line.earned()) + "</td><td class=\"num\">" + plain(line.required())
                        + "</td>")
                .contains("<td class=\"num\">" + plain(line.outstanding()) + "</td>"));
    }

    @Test
    void pagesNameLevelsByTheScaleAsItIsAfterEachCommittedChange() {
        String before = scale.get().labelOf(3);
        try {
            editor.updateScale(java.util.Map.of(3, "Meets the standard"), scale.get().masteryThreshold());
            assertThat(scale.get().labelOf(3)).isEqualTo("Meets the standard");
        } finally {
            editor.updateScale(java.util.Map.of(3, before), scale.get().masteryThreshold());
        }
        assertThat(scale.get().labelOf(3)).isEqualTo(before);
    }

    @Test
    void aRulesReasonNamesTheCalculationMethodInWords() {
        var reaches = org.pathwayplanner.rules.Sentence.of("rule.mastery.wholeLevelReaches", 3.0,
                org.pathwayplanner.rules.Sentence.method("DECAYING_AVERAGE"), java.util.List.of(3, 3), 3);

        assertThat(sentences.text(reaches, java.util.Locale.ENGLISH))
                .isEqualTo("Assessed as a whole: level 3 by decaying average of scores 3, 3 reaches the threshold 3");
        assertThat(sentences.text(reaches, java.util.Locale.forLanguageTag("es"))).doesNotContain("DECAYING_AVERAGE");
    }

    private static String plain(java.math.BigDecimal credits) {
        return credits.stripTrailingZeros().toPlainString();
    }

    private String page(String path, String username, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
