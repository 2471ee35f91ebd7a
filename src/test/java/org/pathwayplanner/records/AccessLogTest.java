package org.pathwayplanner.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/** The background writer: batches, never holds a request up for long, says what it lost. No Spring, no database. */
class AccessLogTest {

    /** The database as the writer sees it: batches arrive here, and it can be made to hang. */
    static class Database extends JdbcTemplate {
        final List<Integer> batches = new ArrayList<>();
        final CountDownLatch hanging = new CountDownLatch(1);
        volatile boolean hang;

        @Override
        public <T> int[][] batchUpdate(String sql, Collection<T> rows, int batchSize,
                ParameterizedPreparedStatementSetter<T> setter) {
            if (hang) {
                try {
                    hanging.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (batches) {
                batches.add(rows.size());
            }
            return new int[0][];
        }
    }

    final Database database = new Database();
    AccessLog log;

    @AfterEach
    void stop() {
        database.hanging.countDown();
        if (log != null && log.isRunning()) {
            log.stop();
        }
    }

    @Test
    void linesWaitingAreWrittenInBatchesOfTheConfiguredSize() {
        log = new AccessLog(database, settings(1000, 100));

        for (int i = 0; i < 250; i++) {
            log.add(line(i));
        }
        log.flush();

        assertThat(database.batches).containsExactly(100, 100, 50);
        assertThat(log.written()).isEqualTo(250);
        assertThat(log.lost()).isZero();
    }

    @Test
    void theRunningWriterWritesWithoutBeingAsked() throws Exception {
        log = new AccessLog(database, settings(1000, 100));
        log.start();

        log.add(line(1));
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (log.written() == 0 && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }

        assertThat(log.written()).isEqualTo(1);
    }

    @Test
    void whenTheDatabaseHangsAFullQueueCostsARequestAtMostTheWaitAndTheLossIsCounted() throws Exception {
        database.hang = true;
        log = new AccessLog(database, settings(10, 5));
        log.start();
        for (int i = 0; i < 5; i++) {
            log.add(line(i));   // the writer takes these and hangs on them
        }
        Thread.sleep(200);
        for (int i = 0; i < 10; i++) {
            log.add(line(i));   // fills the queue
        }

        long started = System.nanoTime();
        log.add(line(99));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(waitedMillis).isLessThan(1_000);
        assertThat(log.lost()).isEqualTo(1);
    }

    @Test
    void stoppingWritesWhatIsStillQueued() {
        log = new AccessLog(database, settings(1000, 100));
        log.start();
        for (int i = 0; i < 30; i++) {
            log.add(line(i));
        }

        log.stop();

        assertThat(log.written()).isEqualTo(30);
    }

    private static AccessLogSettings settings(int queueSize, int batchSize) {
        return new AccessLogSettings(Period.ofYears(5), "-", queueSize, Duration.ofMillis(50), batchSize,
                Duration.ofMillis(20));
    }

    private static RecordedAccess line(long studentId) {
        return new RecordedAccess(Instant.now(), studentId, "counselor1", "COUNSELOR", AccessAction.READ, "GET",
                "/students/{id}", 200);
    }
}
