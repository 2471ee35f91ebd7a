package org.pathwayplanner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.credits.CreditViews.BundleView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo students with plans in each state, made through the same services as a student, counselor and guardian
 * would: student2 drafting, student3 waiting for the counselor, student4 asked for changes, student5 approved and
 * waiting for a guardian, student6 approved. Only in the demo district, and only once (while no plan exists).
 */
@Component
@Order(20)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final List<String> STUDENTS = List.of("student2", "student3", "student4", "student5", "student6");

    private final boolean enabled;
    private final StudentPlans plans;
    private final PlanReview review;
    private final StudentPlanRepository repository;
    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final CreditCatalog credits;

    DemoPlans(@Value("${pathway-planner.demo.enabled:false}") boolean demo,
            @Value("${pathway-planner.demo.plans:true}") boolean withPlans, StudentPlans plans, PlanReview review,
            StudentPlanRepository repository, PeopleDirectory people, StudentProgress progress, CreditCatalog credits) {
        this.enabled = demo && withPlans;
        this.plans = plans;
        this.review = review;
        this.repository = repository;
        this.people = people;
        this.progress = progress;
        this.credits = credits;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || repository.count() > 0) {
            return;
        }
        int made = 0;
        for (int i = 0; i < STUDENTS.size(); i++) {
            StudentView student = people.studentOfAccount(STUDENTS.get(i)).orElse(null);
            if (student == null || people.counselorUsernameOf(student.id()).isEmpty()) {
                continue;
            }
            drafted(student);
            if (i >= 1) {
                advance(student, i);
            }
            made++;
        }
        log.info("Demo plans: {} students have a plan to graduation in different states", made);
    }

    /** Up to three bundles the student has not earned in each term ahead, and a pathway in the last. */
    private void drafted(StudentView student) {
        Viewer me = new Viewer(student.username(), Role.STUDENT);
        Set<Long> earned = progress.progressOf(student.id()).credits().stream().filter(a -> a.bundleId() != null)
                .map(a -> a.bundleId()).collect(Collectors.toSet());
        List<BundleView> open = oneAreaAfterAnother(credits.bundles().stream()
                .filter(b -> !earned.contains(b.id())).toList());
        List<PlanViews.Choice> terms = plans.choicesFor(me).terms();
        int next = 0;
        for (PlanViews.Choice term : terms) {
            for (int k = 0; k < 3 && next < open.size(); k++) {
                plans.add(me, new NewItem(term.value(), "BUNDLE", null, open.get(next++).id(), null, null, null, null));
            }
        }
        plans.add(me, new NewItem(terms.get(terms.size() - 1).value(), "PATHWAY", null, null, "SERVICE_LEARNING",
                "Volunteering at the public library", "ELECTIVES", new java.math.BigDecimal("0.5")));
        plans.setGoals(me, new Goals("A four-year college", "Teaching, libraries", "Pass every STEM bundle by grade 11",
                "Join a club each year", "Run a 5K"));
    }

    /**
     * The bundles taken in turn from each area (English 9, Algebra I, Biology, then English 10, ...), as a student
     * would spread a term, rather than every English bundle in the first term.
     */
    private static List<BundleView> oneAreaAfterAnother(List<BundleView> bundles) {
        java.util.Map<String, java.util.Deque<BundleView>> byArea = new java.util.LinkedHashMap<>();
        bundles.forEach(b -> byArea.computeIfAbsent(b.areaCode(), area -> new java.util.ArrayDeque<>()).add(b));
        List<BundleView> spread = new ArrayList<>();
        while (spread.size() < bundles.size()) {
            byArea.values().stream().filter(queue -> !queue.isEmpty()).forEach(queue -> spread.add(queue.poll()));
        }
        return spread;
    }

    private void advance(StudentView student, int step) {
        Viewer me = new Viewer(student.username(), Role.STUDENT);
        Viewer counselor = new Viewer(people.counselorUsernameOf(student.id()).orElseThrow(), Role.COUNSELOR);
        review.submit(me);
        if (step == 2) {
            review.decide(counselor, student.id(), PlanReview.Decision.CHANGES, "Plan your world language earlier, "
                    + "and say which career you are thinking of");
        } else if (step >= 3) {
            review.decide(counselor, student.id(), PlanReview.Decision.APPROVE, "A good plan");
            String guardian = people.guardiansOf(student.id()).stream().map(g -> g.username())
                    .filter(u -> u != null).findFirst().orElse(null);
            if (step == 4 && guardian != null) {
                review.acknowledge(new Viewer(guardian, Role.GUARDIAN), student.id());
            }
        }
    }
}
