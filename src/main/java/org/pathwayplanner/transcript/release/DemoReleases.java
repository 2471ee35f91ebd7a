package org.pathwayplanner.transcript.release;

import java.util.Locale;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One request waiting for a counselor in the demo district, made as student.senior would: their transcript to a state
 * college's admissions office, so their counselor finds a release to decide at first sign-in. Only in the demo
 * district, and only once (while no release exists).
 */
@Component
@Order(21)
class DemoReleases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReleases.class);
    private static final String STUDENT = "student.senior";

    private final boolean enabled;
    private final TranscriptReleases releases;
    private final PeopleDirectory people;
    private final JdbcTemplate jdbc;

    DemoReleases(@Value("${pathway-planner.demo.enabled:false}") boolean demo,
            @Value("${pathway-planner.demo.transcript-releases:true}") boolean withReleases,
            TranscriptReleases releases, PeopleDirectory people, JdbcTemplate jdbc) {
        this.enabled = demo && withReleases;
        this.releases = releases;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer made = jdbc.queryForObject("select count(*) from transcript_release", Integer.class);
        if (!enabled || made == null || made > 0) {
            return;
        }
        people.studentOfAccount(STUDENT).filter(s -> people.counselorUsernameOf(s.id()).isPresent()).ifPresent(s -> {
            releases.request(new Viewer(STUDENT, Role.STUDENT), s.id(), new ReleaseRequest("Admissions Office",
                    "Central Connecticut State University", "admissions@ccsu.example", "College application",
                    "Early action deadline is November 1"), Locale.ENGLISH);
            log.info("Demo transcript release: {} asked for their transcript to be sent to a college", STUDENT);
        });
    }
}
