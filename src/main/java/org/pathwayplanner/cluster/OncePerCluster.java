package org.pathwayplanner.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every instance schedules the same work; a method marked {@code @SchedulerLock} runs only on the instance that takes
 * its row of table shedlock, the others skip that firing. The database's clock decides (usingDbTime), so instances
 * whose clocks differ a little still agree. A schedule without the annotation runs on every instance on purpose (the
 * check of the rules version in use).
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class OncePerCluster {

    @Bean
    LockProvider scheduledWorkLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
