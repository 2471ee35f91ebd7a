package org.pathwayplanner.pathways;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The page where adults follow a student shows the student's proposals with their timelines. */
@PlannerTest
class ProposalsOnStudentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PathwayService pathways;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    PathwayFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
    }

    @Test
    void theCounselorSeesTheStudentsProposalWithItsTimelineAndWhatItWaitsFor() throws Exception {
        Proposer p = fixtures.anAdult();
        var proposal = pathways.draft(p.viewer(), PathwayFixtures.onlineCourse(p.target()));
        pathways.submit(p.viewer(), proposal.id());

        mvc.perform(get("/students/{id}", p.student().id()).with(user(accounts.loadUserByUsername(p.counselor()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"student-proposals\"")))
                .andExpect(content().string(containsString("Online statistics course")))
                .andExpect(content().string(containsString("Teacher review")))
                .andExpect(content().string(containsString("Submitted")))
                .andExpect(content().string(containsString("id=\"ready-next\"")));
    }

    @Test
    void aStudentCannotOpenAnotherStudentsProposal() throws Exception {
        Proposer owner = fixtures.anAdult();
        String other = people.roster().stream().filter(r -> r.studentId() != owner.student().id())
                .map(r -> people.student(r.studentId()).orElseThrow().username()).findFirst().orElseThrow();
        var proposal = pathways.draft(owner.viewer(), PathwayFixtures.onlineCourse(owner.target()));

        mvc.perform(get("/student/pathways/{id}", proposal.id())
                        .with(user(accounts.loadUserByUsername(other))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Online statistics course"))));
        mvc.perform(get("/students/{id}", owner.student().id())
                        .with(user(accounts.loadUserByUsername(other))))
                .andExpect(status().isForbidden());
    }
}
