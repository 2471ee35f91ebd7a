package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.pathwayplanner.web.ReadableDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The student's and the reviewers' pathway pages: revise, errors beside fields, friendly refusals, what-if. */
@PlannerTest
class PathwayPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void whenChangesAreRequestedTheRevisePageIsFilledInWithWhatWasAsked() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "CHANGES",
                "Name a mentor please");

        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"revise-link\"")));
        mvc.perform(get("/student/pathways/{id}/revise", proposal.id()).with(as(p.student().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/student/pathways/" + proposal.id() + "/revise\"")))
                .andExpect(content().string(containsString("value=\"Online statistics course\"")))
                .andExpect(content().string(containsString("Name a mentor please")))
                .andExpect(content().string(containsString("Resubmit for review")));
    }

    @Test
    void resubmittingTheRevisedFormContinuesTheWorkflow() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "CHANGES", "Add a mentor");

        mvc.perform(form(post("/student/pathways/{id}/revise", proposal.id()), p, LocalDate.now().plusDays(7),
                        LocalDate.now().plusDays(90)).param("mentorName", "Ms. Rivera")
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/student/pathways/" + proposal.id()));

        ProposalView revised = journey.now(proposal.id());
        assertThat(revised.status()).isEqualTo("IN_REVIEW");
        assertThat(revised.mentorName()).isEqualTo("Ms. Rivera");
        assertThat(revised.versions()).hasSize(2);
        assertThat(journey.task(proposal.id(), "TeacherReview")).isNotNull();
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("id=\"versions\"")))
                .andExpect(content().string(containsString("Version 1, submitted by " + p.student().username())));
    }

    @Test
    void anEndBeforeTheStartIsShownBesideTheEndDate() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();

        mvc.perform(form(post("/student/pathways"), p, LocalDate.now().plusDays(30), LocalDate.now().plusDays(10))
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString(
                        "<span class=\"field-error\">The end date is before the start date</span>")));
    }

    @Test
    void anOffCampusProposalAsksHowTheStudentGetsThereBesideTheTransportField() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        long before = pathways.ofStudent(p.viewer(), p.student().id()).size();
        LocalDate start = LocalDate.now().plusDays(7);

        mvc.perform(form(post("/student/pathways"), p, start, start.plusDays(60)).param("offCampus", "true")
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString("<span class=\"field-error\">"
                        + "Say how the student gets there and back: the pathway is off campus</span>")));
        mvc.perform(form(post("/student/pathways"), p, start, start.plusDays(60)).param("offCampus", "true")
                        .cookie(new jakarta.servlet.http.Cookie("pp-lang", "es"))
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(content().string(containsString("<span class=\"field-error\">"
                        + "Indique cómo llega el estudiante y cómo regresa: la experiencia es fuera del campus</span>")));
        assertThat(pathways.ofStudent(p.viewer(), p.student().id())).hasSize((int) before);

        mvc.perform(form(post("/student/pathways"), p, start, start.plusDays(60)).param("offCampus", "true")
                        .param("transport", "SCHOOL_BUS").param("transportNote", "Route 4")
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ProposalView made = pathways.ofStudent(p.viewer(), p.student().id()).stream()
                .max(java.util.Comparator.comparingLong(ProposalView::id)).orElseThrow();
        assertThat(made.transport()).isEqualTo(Transport.SCHOOL_BUS);
        assertThat(made.transportNote()).isEqualTo("Route 4");
        mvc.perform(get("/student/pathways/{id}", made.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("Getting there and back: School bus (Route 4)")));
    }

    @Test
    void anOnCampusProposalNeedsNoTransport() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        LocalDate start = LocalDate.now().plusDays(7);

        mvc.perform(form(post("/student/pathways"), p, start, start.plusDays(60))
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ProposalView made = pathways.ofStudent(p.viewer(), p.student().id()).stream()
                .max(java.util.Comparator.comparingLong(ProposalView::id)).orElseThrow();
        assertThat(made.offCampus()).isFalse();
        assertThat(made.transport()).isNull();
        mvc.perform(get("/student/pathways/{id}", made.id()).with(as(p.student().username())))
                .andExpect(content().string(not(containsString("Getting there and back"))));
    }

    @Test
    void errorsBesideTheFieldsAreInTheReadersLanguage() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();

        mvc.perform(post("/student/pathways").param("type", "ONLINE_COURSE").param("title", "")
                        .param("startDate", LocalDate.now().plusDays(7).toString())
                        .param("endDate", LocalDate.now().plusDays(60).toString()).param("plannedHours", "0")
                        .param("requestedCredits", "0.5").param("creditAreaCode", "STEM").param("_offCampus", "on")
                        .param("competencyIds", String.valueOf(p.target().id()))
                        .cookie(new jakarta.servlet.http.Cookie("pp-lang", "es"))
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"field-error\">Dé un título a la trayectoria</span>")))
                .andExpect(content().string(containsString("<span class=\"field-error\">Prevea al menos una hora</span>")));

        mvc.perform(form(post("/student/pathways"), p, LocalDate.now().plusDays(30), LocalDate.now().plusDays(10))
                        .cookie(new jakarta.servlet.http.Cookie("pp-lang", "es"))
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<span class=\"field-error\">La fecha de fin es anterior a la de inicio</span>")));
    }

    @Test
    void anUnknownCompetencyIsShownBesideTheCompetencies() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();

        mvc.perform(form(post("/student/pathways"), p, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60))
                        .param("competencyIds", "987654").with(as(p.student().username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<span class=\"field-error\">No competency with id 987654</span>")));
    }

    @Test
    void aRetiredCompetencyIsRefusedBesideTheCompetencies() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        jdbc.update("update competency set retired = true where id = ?", p.target().id());
        try {
            mvc.perform(form(post("/student/pathways"), p, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60))
                            .with(as(p.student().username())).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "<span class=\"field-error\">" + p.target().code() + " is retired: a pathway can no longer target it</span>")));
        } finally {
            jdbc.update("update competency set retired = false where id = ?", p.target().id());
        }
    }

    @Test
    void aProposalInReviewCannotBeRevisedAndSaysWhy() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));

        mvc.perform(get("/student/pathways/{id}/revise", proposal.id()).with(as(p.student().username())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "A proposal that is in review cannot be revised"));
    }

    @Test
    void withdrawingOrCompletingAFinishedProposalIsAFriendlyMessageNotAnError() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        pathways.withdraw(p.viewer(), proposal.id(), "Changed plans");

        mvc.perform(post("/student/pathways/{id}/withdraw", proposal.id()).with(as(p.student().username()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "The proposal is already withdrawn and can no longer be withdrawn"));
        mvc.perform(post("/student/pathways/{id}/complete", proposal.id()).with(as(p.student().username()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "A proposal that is withdrawn cannot be marked complete"));
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username()))
                        .flashAttr("error", "A proposal that is withdrawn cannot be marked complete"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A proposal that is withdrawn cannot be marked complete")))
                .andExpect(content().string(not(containsString("action=\"/student/pathways/" + proposal.id()
                        + "/withdraw\""))));
    }

    @Test
    void aBadEvidenceLinkIsRefusedBesideTheField() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, PathwayFixtures.onlineCourse(p.target()));

        mvc.perform(post("/student/pathways/{id}/evidence", proposal.id()).param("url", "javascript:alert(1)")
                        .param("description", "My report").with(as(p.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("evidenceField", "url"))
                .andExpect(flash().attribute("evidenceError", "The link must start with http:// or https://"));
        mvc.perform(post("/student/pathways/{id}/evidence", proposal.id()).param("url", "https://example.org/report")
                        .param("description", "My report").with(as(p.student().username())).with(csrf()))
                .andExpect(flash().attribute("message", "evidenceAttached"));
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("href=\"https://example.org/report\"")))
                .andExpect(content().string(containsString("id=\"credits-requested\"")))
                .andExpect(content().string(containsString("0.5 credits approved")))
                .andExpect(content().string(containsString("Evidence plan: Course projects")));
    }

    @Test
    void theTimesheetRefusesADayBeforeThePathwayBesideTheDateAndListsTheLinesLogged() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, PathwayFixtures.onlineCourse(p.target()));
        String before = PathwayFixtures.UNDER_WAY_SINCE.minusDays(1).toString();

        var refused = mvc.perform(post("/student/pathways/{id}/hours", proposal.id()).param("workDate", before)
                        .param("hours", "2").param("activity", "Reading ahead").with(as(p.student().username()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("hoursField", "workDate"))
                .andReturn();
        mvc.perform(get("/student/pathways/{id}", proposal.id()).flashAttrs(refused.getFlashMap())
                        .with(as(p.student().username())))
                .andExpect(content().string(containsString("<span class=\"field-error\" id=\"workDate-error\">"
                        + "The pathway starts on " + PathwayFixtures.UNDER_WAY_SINCE + ": hours before then do not count"
                        + "</span>")))
                .andExpect(content().string(containsString("value=\"Reading ahead\"")));

        mvc.perform(post("/student/pathways/{id}/hours", proposal.id())
                        .param("workDate", PathwayFixtures.UNDER_WAY_SINCE.toString()).param("hours", "2.5")
                        .param("activity", "Unit 1 <videos>").with(as(p.student().username())).with(csrf()))
                .andExpect(flash().attribute("message", "timesheetLineAdded"));
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("<td>Unit 1 &lt;videos&gt;</td>")))
                .andExpect(content().string(containsString("id=\"timesheet-total\">2.5</td>")))
                .andExpect(content().string(containsString("id=\"shortfall-hint\"")));

        var shortWithoutReason = mvc.perform(post("/student/pathways/{id}/complete", proposal.id())
                        .with(as(p.student().username())).with(csrf()))
                .andExpect(flash().attribute("completeError",
                        "You logged 2.5 of the 40 planned hours: say why, for your teacher to accept"))
                .andReturn();
        assertThat(journey.task(proposal.id(), "CarryOutPathway")).isNotNull();
        mvc.perform(get("/student/pathways/{id}", proposal.id()).flashAttrs(shortWithoutReason.getFlashMap())
                        .with(as(p.student().username())))
                .andExpect(content().string(containsString("id=\"complete-error\"")));
    }

    @Test
    void theWhatIfShowsTheStudentsAuditBeforeAndAfterWithoutSavingAnything() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        java.time.Instant evaluatedBefore = progress.progressOf(p.student().id()).evaluatedAt();

        mvc.perform(get("/student/pathways/what-if").param("competencyIds", String.valueOf(p.target().id()))
                        .param("requestedCredits", "0.5").param("creditAreaCode", "STEM")
                        .with(as(p.student().username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.earnedBefore").exists())
                .andExpect(jsonPath("$.statusAfter").exists())
                .andExpect(jsonPath("$.areas[?(@.areaCode == 'STEM')].changed").value(true))
                .andExpect(jsonPath("$.newlyMastered[0]").value(p.target().title()));

        assertThat(progress.progressOf(p.student().id()).evaluatedAt()).isEqualTo(evaluatedBefore);
        assertThat(progress.progressOf(p.student().id()).competencies()).filteredOn(c -> c.id() == p.target().id())
                .singleElement().satisfies(c -> assertThat(c.mastered()).isFalse());
    }

    @Test
    void onlyTheStudentThemselfGetsAWhatIf() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();

        mvc.perform(get("/student/pathways/what-if").param("competencyIds", String.valueOf(p.target().id()))
                        .with(as(p.teacher())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/what-if").param("competencyIds", String.valueOf(p.target().id()))
                        .with(httpBasic(p.counselor(), "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only students propose pathways."));
        mvc.perform(get("/api/pathways/what-if").param("competencyIds", String.valueOf(p.target().id()))
                        .param("requestedCredits", "0.5").param("creditAreaCode", "STEM")
                        .with(httpBasic(p.student().username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.earnedAfter").value(greaterThan(0.0)));
        mvc.perform(get("/student/pathways/what-if").param("competencyIds", "987654")
                        .with(as(p.student().username())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReviewerSeesTheStudentsReadinessTheDueDateAndTheTimeline() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        String taskId = journey.taskId(proposal.id(), "TeacherReview");

        mvc.perform(get("/tasks/{taskId}", taskId).with(as(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"readiness\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(p.target().title()))))
                .andExpect(content().string(containsString(p.target().status().equals("READY") ? "Ready" : "In progress")))
                .andExpect(content().string(containsString("id=\"task-due\"")))
                .andExpect(content().string(containsString("id=\"timeline\"")));
        mvc.perform(get("/tasks").with(as(p.teacher())))
                .andExpect(content().string(containsString(proposal.title())));
    }

    @Test
    void theAssessmentOffersTheDistrictsScaleAndTheMentorsEvaluationForm() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, PathwayFixtures.onlineCourse(p.target()));
        pathways.attachEvidence(p.viewer(), proposal.id(), "https://example.org/notebook", "Lab notebook");
        pathways.markComplete(p.viewer(), proposal.id(), "Done");
        String taskId = journey.taskId(proposal.id(), "AssessPathway");

        mvc.perform(post("/tasks/{taskId}/mentor-evaluation", taskId).param("mentorName", "Dr. Ortiz")
                        .param("rating", "4 Advanced").param("comment", "Careful work").with(as(p.teacher())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "mentorEvaluationRecorded"));
        mvc.perform(get("/tasks/{taskId}", taskId).with(as(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"\">Choose a level</option>")))
                .andExpect(content().string(containsString("<option value=\"3\">3 Proficient</option>")))
                .andExpect(content().string(containsString("<option value=\"4\">4 Advanced</option>")))
                .andExpect(content().string(not(containsString("selected=\"selected\">3 Proficient"))))
                .andExpect(content().string(not(containsString("selected=\"selected\">1 Beginning"))))
                .andExpect(content().string(containsString("Dr. Ortiz: 4 Advanced")))
                .andExpect(content().string(containsString("Lab notebook")));
    }

    @Test
    void theStudentSeesWhoTheProposalWaitsForSinceWhenAndWhenItIsDue() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        String teacher = people.staffOfAccount(p.teacher()).orElseThrow().fullName();

        assertThat(journey.now(proposal.id()).waitingOn()).singleElement().satisfies(w -> {
            assertThat(w.step()).isEqualTo("TeacherReview");
            assertThat(w.names()).contains(teacher);
            assertThat(w.due()).isAfter(w.since());
        });
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("id=\"waiting-TeacherReview\"")))
                .andExpect(content().string(containsString("Teacher review waits for ")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(teacher))))
                .andExpect(content().string(containsString("Due ")));
    }

    @Test
    void theTimelineNamesPeopleAndTheCreditAreaByTheirNamesNotTheirCodes() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        String teacher = people.staffOfAccount(p.teacher()).orElseThrow().fullName();

        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(containsString("<td>" + HtmlUtils.htmlEscape(teacher) + "</td>")))
                .andExpect(content().string(not(containsString("<td>" + p.teacher() + "</td>"))))
                .andExpect(content().string(containsString("<td>Pathway Planner</td>")))
                .andExpect(content().string(containsString(
                        "0.5 credits requested in Science, technology, engineering and mathematics")));
    }

    @Test
    void theFormAsksTheEligibilityRulesLiveAndNothingIsSaved() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        long before = pathways.ofStudent(p.viewer(), p.student().id()).size();

        mvc.perform(get("/student/pathways/eligibility").param("type", "INTERNSHIP").param("plannedHours", "10")
                        .param("requestedCredits", "2").param("startDate", LocalDate.now().plusDays(7).toString())
                        .param("endDate", LocalDate.now().plusDays(60).toString()).param("offCampus", "true")
                        .param("competencyIds", String.valueOf(p.target().id())).with(as(p.student().username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.problems[*].reason", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("10 planned hours are too few for 2 credit"))));
        mvc.perform(get("/student/pathways/eligibility").param("type", "ONLINE_COURSE").param("plannedHours", "40")
                        .param("requestedCredits", "0.5").param("startDate", LocalDate.now().plusDays(7).toString())
                        .param("endDate", LocalDate.now().plusDays(60).toString())
                        .param("competencyIds", String.valueOf(p.target().id())).with(as(p.student().username())))
                .andExpect(jsonPath("$.eligible").value(true));
        assertThat(pathways.ofStudent(p.viewer(), p.student().id())).hasSize((int) before);
    }

    @Test
    void nothingIsDecidedForTheReviewerAndSendingWithoutChoosingSaysSoBesideTheDecision() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        String taskId = journey.taskId(proposal.id(), "TeacherReview");

        mvc.perform(get("/tasks/{taskId}", taskId).with(as(p.teacher())))
                .andExpect(content().string(containsString("value=\"APPROVE\"")))
                .andExpect(content().string(not(containsString("checked"))));   // no radio chosen for the reviewer
        mvc.perform(post("/tasks/{taskId}", taskId).param("comment", "Looks fine").with(as(p.teacher())).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("errorField", "decision"))
                .andExpect(flash().attribute("fieldError", "Choose a decision: nothing is decided until you choose one"));
        assertThat(journey.task(proposal.id(), "TeacherReview")).as("still open").isNotNull();
        mvc.perform(get("/tasks/{taskId}", taskId).with(as(p.teacher())).flashAttr("errorField", "decision")
                        .flashAttr("fieldError", "Choose a decision: nothing is decided until you choose one")
                        .flashAttr("chosen", Map.of("comment", "Looks fine")))
                .andExpect(content().string(containsString("id=\"decision-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString(">Looks fine</textarea>")));
    }

    @Test
    void anAssessmentWithoutALevelForEveryTargetIsRefusedBesideTheLevels() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, PathwayFixtures.onlineCourse(p.target()));
        journey.carriedOut(p, proposal.id());
        String taskId = journey.taskId(proposal.id(), "AssessPathway");

        mvc.perform(post("/tasks/{taskId}", taskId).param("decision", "ASSESS").param("level-" + p.target().id(), "")
                        .with(as(p.teacher())).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("errorField", "levels"));
        assertThat(journey.task(proposal.id(), "AssessPathway")).as("still open").isNotNull();
    }

    @Test
    void theGuardianReadsWhatTheyConsentToAndTheTimelineKeepsIt() throws Exception {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.internship(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        journey.decide(PathwayFixtures.counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        String taskId = journey.taskId(proposal.id(), "GuardianConsent");

        mvc.perform(get("/tasks/{taskId}", taskId).with(as(p.guardian())))
                .andExpect(content().string(containsString("id=\"consent-statement\"")))
                .andExpect(content().string(containsString("Hartford Hospital, off campus, from "
                        + ReadableDates.date(proposal.startDate(), Locale.ENGLISH) + " to "
                        + ReadableDates.date(proposal.endDate(), Locale.ENGLISH) + ", about 40 hours, supervised by Dr. Lena Ortiz")))
                .andExpect(content().string(containsString(
                        "Getting there and back: Public transit (Bus 61 from the school, 20 minutes).")))
                .andExpect(content().string(containsString("A note for the school (required if you decline)")))
                .andExpect(content().string(not(containsString("checked"))));
        mvc.perform(post("/tasks/{taskId}", taskId).param("decision", "CONSENT").with(as(p.guardian())).with(csrf()))
                .andExpect(flash().attribute("message", "decided"));

        assertThat(journey.now(proposal.id()).timeline()).filteredOn(e -> e.action().equals("GUARDIAN_CONSENTED"))
                .singleElement().satisfies(e -> assertThat(e.comment()).startsWith("Consented to: ")
                        .contains("\"Hospital laboratory internship\" with Hartford Hospital, off campus")
                        .contains("travel: public transit (Bus 61 from the school, 20 minutes)"));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Proposer p, LocalDate start,
            LocalDate end) {
        return request.param("type", "ONLINE_COURSE").param("title", "Online statistics course")
                .param("provider", "Open University").param("startDate", start.toString())
                .param("endDate", end.toString()).param("plannedHours", "40").param("requestedCredits", "0.5")
                .param("creditAreaCode", "STEM").param("evidencePlan", "Course projects").param("_offCampus", "on")
                .param("competencyIds", String.valueOf(p.target().id()));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        UserDetails account = accounts.loadUserByUsername(username);
        return user(account);
    }
}
