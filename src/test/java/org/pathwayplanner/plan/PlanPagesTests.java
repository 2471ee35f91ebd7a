package org.pathwayplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.plan.PlanFixtures.Planner;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The plan board as plain forms (no script), its live check as JSON, and the plan API, in English and Spanish. */
@PlannerTest
class PlanPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    StudentPlans plans;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanReview review;
    @Autowired
    PlanOnCaseload caseload;
    @Autowired
    org.pathwayplanner.pathways.PathwayService pathways;

    PlanFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlanFixtures(jdbc, people);
    }

    @Test
    void anItemWithNothingChosenIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();

        mvc.perform(post("/student/plan/items").param("term", firstTerm(p)).with(csrf()).with(as(p)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString("Choose what to plan: a credit bundle, a competency or a "
                        + "flexible pathway.")));
        mvc.perform(post("/student/plan/items").param("term", "2001-2002/1").param("kind", "BUNDLE")
                        .with(csrf()).with(as(p)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a term of the plan that has not ended.")));

        assertThat(plans.mine(p.viewer()).exists()).isFalse();
    }

    @Test
    void aPathwayAskingForMoreCreditsThanItsKindAllowsIsRefusedInTheReadersLanguage() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();

        mvc.perform(post("/student/plan/items").cookie(new jakarta.servlet.http.Cookie("pp-lang", "es")).param("term", firstTerm(p))
                        .param("kind", "PATHWAY").param("pathwayKind", "SERVICE_LEARNING").param("title", "Food bank")
                        .param("creditAreaCode", "ELECTIVES").param("credits", "2").with(csrf()).with(as(p)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pide más de 0 créditos")));
    }

    @Test
    void aCompetencyPlannedBeforeItsPrerequisiteIsFlaggedOnTheBoardAndMovingItLaterIsCheckedLiveBeforeSaving()
            throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();
        var edge = aPrerequisiteNotMasteredBy(p);
        var choices = plans.choicesFor(p.viewer());
        String first = choices.terms().get(0).value();
        String last = choices.terms().get(choices.terms().size() - 1).value();
        String title = framework.competency(edge.competencyId()).orElseThrow().title();
        String prerequisite = framework.competency(edge.prerequisiteId()).orElseThrow().title();

        mvc.perform(post("/student/plan/items").param("term", last).param("kind", "COMPETENCY")
                        .param("competencyId", String.valueOf(edge.competencyId())).with(csrf()).with(as(p)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/student/plan"));
        mvc.perform(post("/student/plan/items").param("term", last).param("kind", "COMPETENCY")
                        .param("competencyId", String.valueOf(edge.prerequisiteId())).with(csrf()).with(as(p)))
                .andExpect(status().is3xxRedirection());
        long itemId = plans.mine(p.viewer()).terms().stream().flatMap(t -> t.items().stream())
                .filter(i -> i.title().endsWith(prerequisite)).findFirst().orElseThrow().id();

        mvc.perform(get("/student/plan").with(as(p)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("before its prerequisite "
                        + org.springframework.web.util.HtmlUtils.htmlEscape(prerequisite))))
                .andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(title))));
        mvc.perform(get("/student/plan/check").param("move", String.valueOf(itemId)).param("to", first).with(as(p)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].key").value(org.hamcrest.Matchers.not(
                        hasItem("plan.finding.prerequisiteNotBefore"))));
        assertThat(plans.check(p.viewer(), p.student().id(), PlanEdit.NONE).findings())
                .as("nothing was saved by the live check")
                .anySatisfy(f -> assertThat(f.key()).isEqualTo("plan.finding.prerequisiteNotBefore"));

        mvc.perform(post("/student/plan/items/{id}/move", itemId).param("term", first).with(csrf()).with(as(p)))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.check(p.viewer(), p.student().id(), PlanEdit.NONE).findings())
                .noneSatisfy(f -> assertThat(f.key()).isEqualTo("plan.finding.prerequisiteNotBefore"));
    }

    @Test
    void theApiGivesThePlanItsCheckAndItsVersions() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();
        plans.add(p.viewer(), new NewItem(firstTerm(p), "PATHWAY", null, null, "ONLINE_COURSE", "Statistics online",
                "STEM", new java.math.BigDecimal("1")));

        mvc.perform(get("/api/students/{id}/plan", p.student().id()).with(as(p)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.terms[0].items[0].title").value("Statistics online"));
        mvc.perform(get("/api/students/{id}/plan/check", p.student().id()).param("addKind", "PATHWAY")
                        .param("addTerm", firstTerm(p)).param("addPathwayKind", "ONLINE_COURSE")
                        .param("addTitle", "Two more").param("addCreditAreaCode", "STEM").param("addCredits", "1")
                        .with(as(p)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].rule").isArray());
        mvc.perform(get("/api/students/{id}/plan/check", p.student().id()).param("move", "1").with(as(p)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/students/{id}/plan/versions", p.student().id()).with(as(p)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void theStudentsGoalsAreSavedAndShownOnTheBoard() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();

        mvc.perform(post("/student/plan/goals").param("postsecondary", "Community college").param("careerInterests",
                        "Health care").param("physical", "Swim twice a week").with(csrf()).with(as(p)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/student/plan").with(as(p)))
                .andExpect(content().string(containsString("id=\"goal-postsecondary\"")))
                .andExpect(content().string(containsString("for=\"goal-careerInterests\"")))
                .andExpect(content().string(containsString(">Health care</textarea>")))
                .andExpect(content().string(containsString(">Swim twice a week</textarea>")));
        assertThat(plans.mine(p.viewer()).goals().academic()).isNull();
    }

    @Test
    void theCounselorSeesThePlanWithItsCheckAndTeachersDoNot() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();
        plans.setGoals(p.viewer(), new Goals("Community college, then nursing", "Health care", null, null, null));

        mvc.perform(get("/students/{id}/plan", p.student().id()).with(as(p.counselor().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Community college, then nursing")))
                .andExpect(content().string(containsString("id=\"plan-check\"")));
        mvc.perform(get("/students/{id}/plan", p.student().id()).with(as("teacher.math")))
                .andExpect(status().isForbidden());
    }

    @Test
    void askingForChangesWithoutSayingWhatIsRefusedBesideTheCommentAndThePlanStillWaits() throws Exception {
        Planner p = fixtures.aStudentWithAGuardian();
        plans.add(p.viewer(), new NewItem(firstTerm(p), "PATHWAY", null, null, "ONLINE_COURSE", "Statistics online",
                "STEM", java.math.BigDecimal.ONE));
        review.submit(p.viewer());
        String counselor = p.counselor().username();

        mvc.perform(post("/students/{id}/plan/decision", p.student().id()).param("decision", "CHANGES")
                        .param("comment", "  ").with(csrf()).with(as(counselor)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("decisionField", "comment"))
                .andExpect(flash().attribute("decisionError",
                        "Say what the student should change: the comment is what they will read."));
        mvc.perform(get("/students/{id}/plan", p.student().id()).flashAttr("decisionField", "comment")
                        .flashAttr("decisionError", "Say what to change").with(as(counselor)))
                .andExpect(content().string(containsString("aria-describedby=\"decision-error\"")))
                .andExpect(content().string(containsString("id=\"decision-error\"")));
        assertThat(plans.mine(p.viewer()).status()).as("still waiting for the counselor").isEqualTo("IN_REVIEW");
    }

    @Test
    void theCaseloadShowsWherePlansStandAndWhoIsBehindPlanWithTheReason() throws Exception {
        Planner waiting = fixtures.aStudentWithAGuardian();
        plans.add(waiting.viewer(), new NewItem(firstTerm(waiting), "PATHWAY", null, null, "ONLINE_COURSE",
                "Statistics online", "STEM", java.math.BigDecimal.ONE));
        review.submit(waiting.viewer());
        Planner behind = fixtures.aStudentWithAGuardian();
        plans.add(behind.viewer(), new NewItem(firstTerm(behind), "PATHWAY", null, null, "ONLINE_COURSE",
                "Statistics online", "STEM", java.math.BigDecimal.ONE));
        long notMastered = progress.progressOf(behind.student().id()).competencies().stream()
                .filter(c -> !c.mastered()).findFirst().orElseThrow().id();
        String lastYear = (java.time.LocalDate.now().getYear() - 2) + "-" + (java.time.LocalDate.now().getYear() - 1);
        jdbc.update("""
                insert into student_plan_item (plan_id, school_year, term_of_year, kind, competency_id, title, credits)
                select id, ?, 1, 'COMPETENCY', ?, 'Planned long ago', 0 from student_plan where student_id = ?""",
                lastYear, notMastered, behind.student().id());

        var columns = caseload.cells(waiting.counselor(), List.of(waiting.student().id()));
        var behindCells = caseload.cells(behind.counselor(), List.of(behind.student().id()));

        assertThat(columns.get(waiting.student().id()).status()).isIn("WAITING_FOR_YOU");
        assertThat(behindCells.get(behind.student().id())).satisfies(cell -> {
            assertThat(cell.status()).isEqualTo("BEHIND");
            assertThat(cell.why()).contains("Planned long ago");
        });
        mvc.perform(get("/counselor").param("find", waiting.student().lastName())
                        .with(as(waiting.counselor().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for you")));
    }

    @Test
    void aPathwayUnderWayCountsTowardThePlanLikeAPlannedOne() {
        Planner p = fixtures.aStudentWithAGuardian();
        plans.add(p.viewer(), new NewItem(firstTerm(p), "PATHWAY", null, null, "ONLINE_COURSE", "Planned course",
                "ELECTIVES", java.math.BigDecimal.ONE));
        java.math.BigDecimal before = stemByGraduation(p);
        long target = progress.progressOf(p.student().id()).competencies().stream()
                .filter(c -> !c.mastered() && "MATH".equals(c.areaCode())).findFirst().orElseThrow().id();
        var proposal = pathways.draft(p.viewer(), new org.pathwayplanner.pathways.ProposalRequest(
                org.pathwayplanner.pathways.PathwayType.ONLINE_COURSE, "Statistics online", null, "Open University",
                null, null, java.time.LocalDate.now().plusDays(7), java.time.LocalDate.now().plusDays(60),
                java.math.BigDecimal.valueOf(40), false, null, java.math.BigDecimal.ONE, "STEM", List.of(target)));
        var submitted = pathways.submit(p.viewer(), proposal.id());
        org.junit.jupiter.api.Assumptions.assumeTrue(List.of("SUBMITTED", "IN_REVIEW").contains(submitted.status()),
                "the proposal went to review");

        assertThat(stemByGraduation(p)).isEqualByComparingTo(before.add(java.math.BigDecimal.ONE).min(
                plans.check(p.viewer(), p.student().id(), PlanEdit.NONE).areas().stream()
                        .filter(a -> a.areaCode().equals("STEM")).findFirst().orElseThrow().required()));
    }

    private java.math.BigDecimal stemByGraduation(Planner p) {
        return plans.check(p.viewer(), p.student().id(), PlanEdit.NONE).areas().stream()
                .filter(a -> a.areaCode().equals("STEM")).findFirst().orElseThrow().byGraduation();
    }

    // ------------------------------------------------------------------ fixtures

    private String firstTerm(Planner p) {
        return plans.choicesFor(p.viewer()).terms().get(0).value();
    }

    /** A prerequisite edge of the framework where the student has mastered neither competency. */
    private org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge aPrerequisiteNotMasteredBy(Planner p) {
        var mastered = progress.progressOf(p.student().id()).competencies().stream()
                .filter(c -> c.mastered()).map(c -> c.id()).collect(java.util.stream.Collectors.toSet());
        var edges = framework.prerequisites();
        // neither mastered; the prerequisite's own prerequisites mastered, and the competency has no other one open
        return edges.stream().filter(e -> !mastered.contains(e.competencyId())
                && !mastered.contains(e.prerequisiteId())
                && edges.stream().filter(o -> o.competencyId() == e.prerequisiteId())
                        .allMatch(o -> mastered.contains(o.prerequisiteId()))
                && edges.stream().filter(o -> o.competencyId() == e.competencyId() && o.prerequisiteId() != e.prerequisiteId())
                        .allMatch(o -> mastered.contains(o.prerequisiteId())))
                .findFirst().orElseThrow();
    }

    private RequestPostProcessor as(Planner p) {
        return as(p.student().username());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
