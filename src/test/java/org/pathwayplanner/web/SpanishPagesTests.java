package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role's pages in Spanish carry no English from the rules: no fragment of an English rule sentence (the
 * {@code rule.*} messages of the English bundle, between their arguments), no status word, code or "credit(s)".
 * Names people gave (competency titles, bundles, people, and the rules' own names, which the administrators
 * write in rules/) stay as they were written.
 */
@PlannerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpanishPagesTests {

    /** Codes and system words that must never reach a Spanish page. */
    static final List<String> CODES = List.of("ON_TRACK", "AT_RISK", "OFF_TRACK", "IN_PROGRESS", "HUMANITIES",
            "WORLD_LANGUAGES", "PE_WELLNESS", "HEALTH_SAFETY", "MASTERY_ASSESSMENT", "PERSONAL_FINANCE", "ELECTIVES",
            "MOST_RECENT", "DECAYING_AVERAGE", "N_TIMES", "POWER_LAW", "ALL_OBJECTIVES", "credit(s)", "on track",
            "at risk", "off track", "to go", "Not yet mastered", "Assessed as a whole");

    /** A date as a machine writes it (2026-11-23), not as a reader does (23 nov 2026). */
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** A number written with a decimal point (19.5): Spanish writes 19,5. */
    static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.:/-])\\d+\\.\\d+(?![\\w.])");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    ObjectMapper json;

    Set<String> english;
    /** The names of the rules ("A competency is mastered when …"): names, shown as their authors wrote them. */
    List<String> ruleNames;

    @BeforeAll
    void englishFromTheRuleTexts() throws IOException {
        english = new LinkedHashSet<>(CODES);
        english.addAll(fragmentsOfRuleSentences());
        ruleNames = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                var names = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"").matcher(java.nio.file.Files.readString(file));
                while (names.find()) {
                    ruleNames.add(names.group(1));
                }
            }
        }
    }

    /** The words between the arguments of every English rule sentence, three words or more each. */
    static Set<String> fragmentsOfRuleSentences() throws IOException {
        Properties bundle = new Properties();
        try (var in = new InputStreamReader(SpanishPagesTests.class.getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> fragments = new LinkedHashSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (!key.startsWith("rule.") && !key.startsWith("timeline.") && !key.startsWith("plan.finding.")) {
                continue;
            }
            // the text outside braces, and the text of each ICU branch
            for (String piece : bundle.getProperty(key).split("[{}#]|\\b(plural|one|other|number|percent)\\b|=0")) {
                String words = piece.replaceAll("^[\\s,;:.()\"]+|[\\s,;:.()\"]+$", "");
                if (words.split("\\s+").length >= 3) {
                    fragments.add(words);
                }
            }
        }
        return fragments;
    }

    @Test
    void theListIsBuiltFromTheRuleTexts() {
        assertThat(english).contains("of required credits earned; about", "is locked until",
                "already counted toward", "ON_TRACK", "HUMANITIES", "MOST_RECENT", "credit(s)");
    }

    @Test
    void theStudentsPagesAreSpanish() throws Exception {
        long studentId = people.studentOfAccount("student1").orElseThrow().id();
        List<String> paths = new ArrayList<>(List.of("/student", "/student/transcript", "/student/pathways",
                "/student/pathways/new", "/student/map"));
        progress.progressOf(studentId).competencies().forEach(c -> paths.add("/student/competencies/" + c.id()));
        long ineligible = anIneligibleProposalOf("student1");
        paths.add("/student/pathways/" + ineligible);

        assertSpanish("student1", paths);
        for (String student : List.of("student2", "student3", "student4", "student5", "student6")) {
            assertSpanish(student, List.of("/student/plan"));
        }
        assertThat(textOf(page("student1", "/student"))).contains("de los créditos requeridos obtenidos");
        assertThat(textOf(page("student1", "/student/pathways/" + ineligible)))
                .contains("Las vías de tipo Pasantía otorgan como máximo 1 crédito; esta pide 2")
                .contains("Aún no es elegible:");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).param("lang", "es").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCounselorsPagesAreSpanish() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/counselor", "/tasks"));
        people.caseloadOf("counselor1").forEach(s -> paths.add("/students/" + s.id()));
        for (String student : List.of("student2", "student3", "student4", "student5", "student6")) {
            long id = people.studentOfAccount(student).orElseThrow().id();
            if (people.caseloadOf("counselor1").stream().anyMatch(s -> s.id() == id)) {
                paths.add("/students/" + id + "/plan");
            }
        }

        assertSpanish("counselor1", paths);
    }

    @Test
    void theTeachersGuardiansAndAdministratorsPagesAreSpanish() throws Exception {
        long studentId = people.studentOfAccount("student1").orElseThrow().id();

        assertSpanish("teacher.math", List.of("/teacher", "/tasks"));
        assertSpanish("guardian1", List.of("/guardian", "/tasks"));
        assertSpanish("admin", List.of("/admin", "/students/" + studentId, "/admin/rules", "/admin/sign-ins",
                "/tasks"));
        // the credit rules page shows each area's code beside its name, by design (codes are what is edited
        // there), and the district's own notes on its legal sources; its numbers are the reader's
        assertThat(page("admin", "/admin/credits")).contains("class=\"num\">0,5<").doesNotContain("class=\"num\">0.5<");
    }

    @Test
    void theLiveEligibilityCheckAnswersInSpanish() throws Exception {
        String answer = mvc.perform(get("/student/pathways/eligibility").param("lang", "es")
                        .param("type", "INTERNSHIP").param("plannedHours", "10").param("requestedCredits", "2")
                        .with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        json.readTree(answer).get("problems").forEach(p -> {
            assertThat(english).noneMatch(word -> p.get("text").asText().contains(word));
            assertThat(p.get("reasonKey").asText()).startsWith("rule.");
        });
    }

    private void assertSpanish(String username, List<String> paths) throws Exception {
        for (String path : paths) {
            String html = page(username, path);
            String text = textOf(html);
            for (String name : ruleNames) {
                text = text.replace(name, "");
            }
            String page = text;
            assertThat(english.stream().map(word -> inContext(page, word)).filter(java.util.Objects::nonNull))
                    .as("English on %s as %s", path, username).isEmpty();
            assertNumbersAndDates(username, path, page);
        }
    }

    private static void assertNumbersAndDates(String username, String path, String page) {
        assertThat(ISO_DATE.matcher(page).results().map(found -> page.substring(Math.max(0, found.start() - 40),
                Math.min(page.length(), found.end() + 20))).toList())
                .as("dates not written as Spanish writes them on %s as %s", path, username).isEmpty();
        assertThat(DECIMAL_POINT.matcher(page).results().map(found -> page.substring(Math.max(0, found.start()
                - 40), Math.min(page.length(), found.end() + 20))).toList())
                .as("numbers written with an English decimal point on %s as %s", path, username).isEmpty();
    }

    /** The word with the text around it, or null when the text does not contain it. */
    private static String inContext(String text, String word) {
        var found = Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(word) + "(?![\\p{L}_])").matcher(text);
        return found.find() ? word + " in \"…" + text.substring(Math.max(0, found.start() - 60),
                Math.min(text.length(), found.end() + 60)) + "…\"" : null;
    }

    /** What a person reads: the text of the page without its scripts, styles and tags. */
    static String textOf(String html) {
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]+>", " ")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /** A proposal the rules sent back with reasons: too few hours and too many credits for an internship. */
    private long anIneligibleProposalOf(String username) throws Exception {
        long target = progress.progressOf(people.studentOfAccount(username).orElseThrow().id()).competencies()
                .stream().filter(c -> !c.mastered()).findFirst().orElseThrow().id();
        Map<String, Object> flawed = new java.util.LinkedHashMap<>();
        flawed.put("type", "INTERNSHIP");
        flawed.put("title", "Weekend internship");
        flawed.put("provider", "Garage");
        flawed.put("startDate", LocalDate.now().plusDays(7).toString());
        flawed.put("endDate", LocalDate.now().plusDays(60).toString());
        flawed.put("plannedHours", 20);
        flawed.put("offCampus", true);
        flawed.put("transport", "FAMILY");
        flawed.put("requestedCredits", 2);
        flawed.put("creditAreaCode", "STEM");
        flawed.put("competencyIds", List.of(target));
        String created = mvc.perform(post("/api/pathways").with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(flawed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic(username, "demo")))
                .andExpect(status().isOk());
        return id;
    }
}
