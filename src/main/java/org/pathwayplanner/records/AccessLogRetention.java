package org.pathwayplanner.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lines of the records of access older than {@code pathway-planner.access-log.retention} are deleted once a day. The
 * purge deletes by a cutoff, nothing else: when every instance of a cluster runs it, or one runs it twice, the second
 * run finds nothing older than the cutoff and deletes nothing, so it needs no once-per-cluster lock.
 */
@Component
class AccessLogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogRetention.class);

    private final JdbcTemplate jdbc;
    private final AccessLogSettings settings;
    private final Clock clock;

    AccessLogRetention(JdbcTemplate jdbc, AccessLogSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${pathway-planner.access-log.purge-cron:0 15 3 * * *}")
    void purgeDaily() {
        int purged = purge();
        if (purged > 0) {
            LOG.info("Records of access: {} line(s) older than {} deleted", purged, settings.retention());
        }
    }

    /** Deletes the lines older than the retention (in the district's calendar); returns how many went. */
    int purge() {
        return jdbc.update("delete from student_record_access where accessed_at < ?", Timestamp.from(cutoff()));
    }

    Instant cutoff() {
        return ZonedDateTime.now(clock).minus(settings.retention()).toInstant();
    }
}
