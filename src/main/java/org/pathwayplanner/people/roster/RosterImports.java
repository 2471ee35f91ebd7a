package org.pathwayplanner.people.roster;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.pathwayplanner.exchange.DataExchange.Direction;
import org.pathwayplanner.exchange.DataExchange.Outcome;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.ImportCounts;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.RosterImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OneRoster imports, dry run first: an upload is read and compared with the district's data (nothing written), and
 * when it has no problem it is kept on the server under a random token with its SHA-256 for {@link #STAGED_FOR};
 * importing names the token, so exactly the upload previewed is applied, in the background, in one transaction.
 */
@Service
class RosterImports {

    static final String FORMAT = "OneRoster 1.1";
    static final Duration STAGED_FOR = Duration.ofMinutes(30);
    private static final int STAGED_KEPT = 5;
    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    /** What a dry run found: per file what would change, every problem, and the token to import it by (no problem). */
    record Preview(String fileName, ImportCounts counts, ImportProblems problems, String token) {
        boolean importable() {
            return problems.isEmpty() && token != null;
        }
    }

    private record Staged(String fileName, byte[] zip, String sha256, List<String> counselors, String actor,
            Instant expires) {
    }

    enum State { RUNNING, DONE, FAILED }

    /** An import under way or finished: how far it has come, and what it did or why it failed. */
    static final class Job {
        final String id;
        final String fileName;
        volatile State state = State.RUNNING;
        final AtomicLong done = new AtomicLong();
        volatile long total;
        volatile ImportCounts counts;
        volatile ImportProblems problems;
        volatile String failure;
        /** How long reading the upload and comparing it with the district took (the rest is writing). */
        volatile long planMillis;

        Job(String id, String fileName) {
            this.id = id;
            this.fileName = fileName;
        }

        int percent() {
            return state == State.DONE ? 100 : total == 0 ? 0 : (int) Math.min(99, 100 * done.get() / total);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FrameworkCatalog framework;
    private final DataExchangeLog exchangeLog;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Staged> staged = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** The jobs in the order they started; only the newest {@link #JOBS_KEPT} are kept for their pages. */
    private final java.util.Deque<String> jobOrder = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int JOBS_KEPT = 20;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });
    /** A test's way to stop an import midway (the writer's progress hook); none in production. */
    volatile RosterWriter.Progress interruption = (step, rows) -> { };

    RosterImports(JdbcTemplate jdbc, TransactionTemplate transaction, FrameworkCatalog framework,
            DataExchangeLog exchangeLog, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.framework = framework;
        this.exchangeLog = exchangeLog;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Reads the upload and says what importing it would do; records the dry run in the access log. */
    Preview dryRun(String actor, String fileName, byte[] zip, List<String> counselors) {
        ImportProblems problems = new ImportProblems();
        ImportCounts counts = plan(fileName, zip, counselors, problems).counts;
        String token = null;
        if (problems.isEmpty()) {
            token = stage(new Staged(fileName, zip, sha256(zip), List.copyOf(counselors), actor,
                    clock.instant().plus(STAGED_FOR)));
        }
        exchangeLog.record(actor, Direction.DRY_RUN, FORMAT, fileName, problems.isEmpty() ? Outcome.DONE
                : Outcome.REFUSED, problems.isEmpty() ? counts.summary() + "; " + counts.changes() + " changes"
                : problems.count() + " problems; first: " + describe(problems.list().get(0)));
        return new Preview(fileName, counts, problems, token);
    }

    /** Starts importing the upload staged under the token, in the background; empty when the token names none. */
    Optional<Job> start(String actor, String token) {
        Staged upload = staged.remove(token);
        if (upload == null || upload.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        Job job = new Job(randomToken(), upload.fileName());
        jobs.put(job.id, job);
        jobOrder.addLast(job.id);
        while (jobOrder.size() > JOBS_KEPT) {
            String oldest = jobOrder.pollFirst();
            if (oldest != null) {
                jobs.remove(oldest);
            }
        }
        worker.submit(() -> run(actor, upload, job));
        return Optional.of(job);
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Imports at once, in the caller's thread (the background job's body; tests and the benchmark call it). */
    Job importNow(String actor, String fileName, byte[] zip, List<String> counselors) {
        Job job = new Job(randomToken(), fileName);
        run(actor, new Staged(fileName, zip, sha256(zip), counselors, actor, clock.instant().plus(STAGED_FOR)), job);
        return job;
    }

    private void run(String actor, Staged upload, Job job) {
        try {
            if (!sha256(upload.zip()).equals(upload.sha256())) {
                throw new IllegalStateException("The staged upload changed after its dry run");
            }
            transaction.executeWithoutResult(status -> {
                ImportProblems problems = new ImportProblems();
                long planStart = System.nanoTime();
                RosterChanges changes = plan(upload.fileName(), upload.zip(), upload.counselors(), problems);
                job.planMillis = (System.nanoTime() - planStart) / 1_000_000;
                job.counts = changes.counts;
                job.problems = problems;
                if (!problems.isEmpty()) {
                    // the district's data changed since the dry run in a way that makes the roster wrong
                    throw new RosterRefused(problems);
                }
                job.total = Math.max(1, changes.size());
                if (changes.size() == 0 && changes.disableAccounts.isEmpty()) {
                    return; // the roster says what the district holds: nothing to write, nothing to read back
                }
                Set<Long> students = new RosterWriter(jdbc, (step, rows) -> {
                    job.done.set(rows);
                    interruption.wrote(step, rows);
                }, () -> passwordEncoder.encode(randomToken() + randomToken()), clock.instant()).write(changes);
                if (!students.isEmpty()) {
                    events.publishEvent(new RosterImported(students));
                }
            });
            job.state = State.DONE;
            exchangeLog.record(actor, Direction.IMPORT, FORMAT, upload.fileName(), Outcome.DONE,
                    job.counts.summary() + "; " + job.counts.changes() + " changes");
        } catch (RosterRefused e) {
            job.state = State.FAILED;
            exchangeLog.record(actor, Direction.IMPORT, FORMAT, upload.fileName(), Outcome.REFUSED,
                    e.problems.count() + " problems; first: " + describe(e.problems.list().get(0)));
        } catch (RuntimeException e) {
            log.error("The roster import of {} failed; nothing was written", upload.fileName(), e);
            job.state = State.FAILED;
            job.failure = e.getMessage();
            exchangeLog.record(actor, Direction.IMPORT, FORMAT, upload.fileName(), Outcome.FAILED,
                    "Nothing written: " + e.getMessage());
        }
    }

    private static final class RosterRefused extends RuntimeException {
        final transient ImportProblems problems;

        RosterRefused(ImportProblems problems) {
            super("The roster has problems", null, false, false);
            this.problems = problems;
        }
    }

    private RosterChanges plan(String fileName, byte[] zip, List<String> counselors, ImportProblems problems) {
        Map<String, byte[]> files = RosterZip.files(fileName, zip, problems);
        if (!problems.isEmpty()) {
            return new RosterChanges();
        }
        Roster roster = new RosterReader(files, counselors, problems).read();
        return new RosterPlan(roster, RosterState.read(jdbc), framework.areas(), LocalDate.now(clock), problems)
                .changes();
    }

    private String stage(Staged upload) {
        Instant now = clock.instant();
        staged.values().removeIf(s -> s.expires().isBefore(now));
        while (staged.size() >= STAGED_KEPT) {
            staged.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().expires()))
                    .ifPresent(oldest -> staged.remove(oldest.getKey()));
        }
        String token = randomToken();
        staged.put(token, upload);
        return token;
    }

    /** A problem in English for the access log (the page says it in the reader's language). */
    private String describe(ImportProblem p) {
        return p.file() + (p.line() > 0 ? " line " + p.line() : "") + (p.column().isEmpty() ? "" : ", column "
                + p.column()) + ": " + messages.getMessage(p.key(), p.argArray(), p.key(), java.util.Locale.ENGLISH);
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The counselor mapping as typed: sourcedIds or usernames separated by commas, spaces or new lines. */
    static List<String> counselorKeys(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).map(String::trim)
                .filter(k -> !k.isEmpty()).distinct().toList();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    static NoSuchElementException noJob(String id) {
        return new NoSuchElementException("No roster import " + id);
    }
}
