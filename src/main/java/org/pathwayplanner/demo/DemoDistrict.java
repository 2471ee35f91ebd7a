package org.pathwayplanner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.people.PeopleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district on start when the database has no school yet; a database that has one
 * is left alone, so later starts (and a second call) add nothing. Every demo account's password is "demo".
 */
@Component
@Order(0)
public class DemoDistrict implements ApplicationRunner {

    public static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final DemoProperties properties;
    private final DemoFramework framework;
    private final FrameworkCatalog catalog;
    private final PeopleDirectory people;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDistrict(DemoProperties properties, DemoFramework framework, FrameworkCatalog catalog, PeopleDirectory people,
            JdbcTemplate jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.framework = framework;
        this.catalog = catalog;
        this.people = people;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            generate(properties.students(), properties.seed());
        }
    }

    /** Generates a district of {@code students} students unless the database already holds one; true if it did. */
    public boolean generate(int students, long seed) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (people.countSchools() > 0) {
                return false;
            }
            long started = System.nanoTime();
            Map<String, Long> areaIds = loadFrameworkOnce();
            // BCrypt is slow by design: hash the shared demo password once, not once per account.
            new DemoPopulation(jdbc, seed, passwordEncoder.encode(DEMO_PASSWORD), catalog.competencies(),
                    catalog.objectives(), LocalDate.now(clock)).generate(students, areaIds);
            log.info("Loaded the demo district: {} students in {} ms", students, (System.nanoTime() - started) / 1_000_000);
            return true;
        }));
    }

    private Map<String, Long> loadFrameworkOnce() {
        if (catalog.countCompetencies() == 0) {
            framework.load();
        }
        return catalog.areas().stream().collect(Collectors.toMap(AreaView::code, AreaView::id));
    }
}
