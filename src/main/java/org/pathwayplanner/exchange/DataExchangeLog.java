package org.pathwayplanner.exchange;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.pathwayplanner.exchange.DataExchange.Direction;
import org.pathwayplanner.exchange.DataExchange.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of district data leaving or entering the product (FERPA asks a district to know who took student
 * records out): every import, dry run and export, successful or refused. An entry is written in its own transaction,
 * so a refused import that rolls back everything else is still recorded.
 */
@Repository
public class DataExchangeLog {

    private static final int SUBJECT_LENGTH = 200;
    private static final int SUMMARY_LENGTH = 2000;

    /** Imports, dry runs and exports by format and outcome, for Prometheus (issue 17). */
    static final String EXCHANGES = "pathway.data.exchanges";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    DataExchangeLog(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, Direction direction, String format, String subject, Outcome outcome,
            String summary) {
        jdbc.update("insert into data_exchange (happened_at, actor, direction, format, subject, outcome, summary)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), cut(actor, 80), direction.name(), cut(format, 40),
                cut(subject, SUBJECT_LENGTH), outcome.name(), cut(summary, SUMMARY_LENGTH));
        Counter.builder(EXCHANGES).description("Imports, dry runs and exports of district data")
                .tag("direction", direction.name().toLowerCase()).tag("format", cut(format, 40))
                .tag("outcome", outcome.name().toLowerCase())
                .register(meters).increment();
    }

    /** An export that was served. */
    public void exported(String actor, String format, String subject, String summary) {
        record(actor, Direction.EXPORT, format, subject, Outcome.DONE, summary);
    }

    public List<DataExchange> newest(int count) {
        return jdbc.query("select happened_at, actor, direction, format, subject, outcome, summary from data_exchange"
                        + " order by happened_at desc, id desc fetch first ? rows only",
                (rs, row) -> new DataExchange(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        Direction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        Outcome.valueOf(rs.getString(6)), rs.getString(7)),
                count);
    }

    private static String cut(String value, int length) {
        String v = value == null ? "" : value;
        return v.length() <= length ? v : v.substring(0, length);
    }
}
