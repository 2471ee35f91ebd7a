package org.pathwayplanner.records;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records of access, written off the request thread: a request only puts its lines in a bounded queue; one
 * background writer takes whatever is waiting every {@code write-every} and inserts it in statement batches.
 *
 * <p>When the queue is full (the database is slow or down) a request waits at most {@code wait-when-full} for room and
 * then goes on: the line is counted in {@link #lost()} and a warning is logged. A page that hangs on the log would
 * take the whole district down with the database; a count of lost lines tells the operator exactly how much of the
 * record is missing, and the queue (20,000 lines by default, about 40 s of the heaviest load measured) only fills
 * when the database is already failing the pages themselves.
 *
 * <p>It stops after the web server (a lower phase), so the lines of the last requests are written before the
 * database pool closes.
 */
@Component
class AccessLog implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final String INSERT = """
            insert into student_record_access (accessed_at, student_id, username, role, action, http_method, route,
                                               status) values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int USERNAME_LENGTH = 100;
    private static final int ROUTE_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final AccessLogSettings settings;
    private final BlockingQueue<RecordedAccess> queue;
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong writingNanos = new AtomicLong();
    private volatile boolean recording = true;
    private volatile Thread writer;

    AccessLog(JdbcTemplate jdbc, AccessLogSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueSize());
    }

    /** Queues the line for the writer; never waits longer than {@code wait-when-full}. */
    void add(RecordedAccess access) {
        if (!recording) {
            return;
        }
        boolean queued;
        try {
            queued = queue.offer(access, settings.waitWhenFull().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            long count = lost.incrementAndGet();
            if (Long.bitCount(count) == 1) {   // 1, 2, 4, 8...: the log says it without flooding
                LOG.warn("Records of access: the writer is behind and {} line(s) have been lost so far (latest: {} {}"
                        + " student {})", count, access.username(), access.route(), access.studentId());
            }
        }
    }

    /** Writes every line queued so far before it returns (tests, shutdown). */
    void flush() {
        writing.lock();
        try {
            while (!queue.isEmpty()) {
                writeBatch();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Lines that could not be queued or written since start. */
    long lost() {
        return lost.get();
    }

    long written() {
        return written.get();
    }

    /** CPU time the writing threads spent on batches since start: what the log costs the machine, off the requests. */
    long writingNanos() {
        return writingNanos.get();
    }

    /** For the page-cost benchmark: whether requests record anything at all. */
    void recording(boolean on) {
        this.recording = on;
    }

    private void writeBatch() {
        List<RecordedAccess> batch = new ArrayList<>(settings.batchSize());
        queue.drainTo(batch, settings.batchSize());
        if (batch.isEmpty()) {
            return;
        }
        long started = CPU.getCurrentThreadCpuTime();
        try {
            jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, a) -> {
                ps.setTimestamp(1, Timestamp.from(a.at()));
                ps.setLong(2, a.studentId());
                ps.setString(3, cut(a.username(), USERNAME_LENGTH));
                ps.setString(4, a.role());
                ps.setString(5, a.action().name());
                ps.setString(6, a.httpMethod());
                ps.setString(7, cut(a.route(), ROUTE_LENGTH));
                if (a.status() == null) {
                    ps.setNull(8, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(8, a.status());
                }
            });
            written.addAndGet(batch.size());
            writingNanos.addAndGet(CPU.getCurrentThreadCpuTime() - started);
        } catch (RuntimeException e) {
            lost.addAndGet(batch.size());
            LOG.error("Records of access: {} line(s) could not be written and are lost ({} lost so far)", batch.size(),
                    lost.get(), e);
        }
    }

    private void writeWhileRunning() {
        long pause = Math.max(1, settings.writeEvery().toMillis());
        while (writer != null) {
            writing.lock();
            try {
                writeBatch();
            } finally {
                writing.unlock();
            }
            if (queue.size() < settings.batchSize()) {
                // parked, not interrupted on stop: an interrupt inside JDBC can close H2's file channel
                java.util.concurrent.locks.LockSupport.parkNanos(pause * 1_000_000L);
            }
        }
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public synchronized void start() {
        Thread thread = new Thread(this::writeWhileRunning, "access-log-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            java.util.concurrent.locks.LockSupport.unpark(thread);
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Stops after the web server (graceful shutdown is at DEFAULT_PHASE - 1024) and starts before it. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
