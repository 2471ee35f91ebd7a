package org.pathwayplanner.opportunities;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
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
 * A few opportunities in the demo district, published by its first counselor through the catalog itself, so the
 * catalog is not empty at the first sign-in: placements near Riverside starting in the coming weeks. Only in the demo
 * district, and only while the catalog is empty.
 */
@Component
@Order(22)
class DemoOpportunities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpportunities.class);
    private static final Viewer COUNSELOR = new Viewer("counselor1", Role.COUNSELOR);

    private final boolean enabled;
    private final OpportunityCatalog catalog;
    private final FrameworkCatalog framework;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoOpportunities(@Value("${pathway-planner.demo.enabled:false}") boolean demo,
            @Value("${pathway-planner.demo.opportunities:true}") boolean withOpportunities, OpportunityCatalog catalog,
            FrameworkCatalog framework, JdbcTemplate jdbc, Clock clock) {
        this.enabled = demo && withOpportunities;
        this.catalog = catalog;
        this.framework = framework;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from opportunity", Integer.class);
        if (!enabled || existing == null || existing > 0) {
            return;
        }
        Map<String, Long> byCode = framework.competencies().stream()
                .collect(Collectors.toMap(CompetencyView::code, CompetencyView::id, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<OpportunityForm> demo = List.of(
                form("INTERNSHIP", "Veterinary assistant internship", "Work beside the clinic team: admit patients,"
                        + " keep care logs and help with lab samples.", "Riverside Animal Clinic", "Dr. Priya Shah",
                        "pshah@clinic.example.org", today.plusDays(21), today.plusDays(110), 60, "1", "STEM", 3, 11,
                        12, true, codes(byCode, "SCI-01", "CC-01")),
                form("APPRENTICESHIP", "Electrical apprenticeship", "Wire, test and document residential circuits with"
                        + " a licensed electrician, two afternoons a week.", "Hartford Electric Cooperative",
                        "Marcus Bell", "mbell@hartford-electric.example.org", today.plusDays(28), today.plusDays(200),
                        120, "2", "STEM", 2, 11, 12, true, codes(byCode, "MATH-06", "SCI-05")),
                form("ONLINE_COURSE", "Introduction to statistics (online)", "A college-level online course with"
                        + " weekly data projects, taken in the library during study hall.", "Connecticut State Online",
                        null, null, today.plusDays(14), today.plusDays(100), 40, "1", "STEM", 25, 10, 12, false,
                        codes(byCode, "MATH-08")),
                form("SERVICE_LEARNING", "Riverside food bank volunteers", "Sort donations, run the Saturday pantry and"
                        + " write a reflection on food security in the town.", "Riverside Community Food Bank",
                        "Alma Reyes", "volunteer@riversidefoodbank.example.org", today.plusDays(10), today.plusDays(80),
                        20, "0.5", "ELECTIVES", 10, 9, 12, true, codes(byCode, "CC-04", "SS-05")),
                form("COLLEGE_COURSE", "Public speaking at Riverside Community College", "COMM 101 on the college"
                        + " campus, Tuesday and Thursday evenings.", "Riverside Community College", "Prof. Dana Kim",
                        "dkim@rcc.example.edu", today.plusDays(35), today.plusDays(140), 40, "1", "HUMANITIES", 6, 11,
                        12, true, codes(byCode, "ELA-08", "CC-01")),
                form("CAREER_TECHNICAL", "Digital media production", "Plan, shoot and edit a short documentary in the"
                        + " technical centre's studio.", "Riverside Technical Center", null, null, today.plusDays(18),
                        today.plusDays(120), 50, "1", "ELECTIVES", 8, 10, 12, false, codes(byCode, "ART-02", "CC-02")));
        int published = 0;
        for (OpportunityForm form : demo) {
            if (!form.competencyIds().isEmpty()) {
                catalog.publish(COUNSELOR, form);
                published++;
            }
        }
        log.info("Demo opportunities: {} published in the catalog", published);
    }

    private static List<Long> codes(Map<String, Long> byCode, String... codes) {
        return java.util.Arrays.stream(codes).filter(byCode::containsKey).map(byCode::get).toList();
    }

    private static OpportunityForm form(String kind, String title, String description, String provider,
            String mentor, String email, LocalDate start, LocalDate end, int hours, String credits, String area,
            int seats, int minGrade, int maxGrade, boolean offCampus, List<Long> competencies) {
        return new OpportunityForm(kind, title, description, provider, mentor, email, start, end,
                BigDecimal.valueOf(hours), new BigDecimal(credits), area, seats, minGrade, maxGrade, offCampus,
                competencies);
    }
}
