package org.pathwayplanner.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Previews of a draft over the whole district in the background, with their progress, as the class's transcripts and
 * the roster imports run: starting one answers at once, the page polls how far it has come, and the administrator who
 * started it may cancel it. The preview itself is {@link RulePublisher#preview(String, Map)}'s: the same checks, the
 * same impact, the same outcome recorded for the publish gate — and nothing recorded when it is cancelled or fails.
 *
 * <p>At most one preview per administrator: a second start shows the one under way. The previews of every
 * administrator take turns on one thread (a preview already evaluates on every core, and the district's evaluations
 * run one at a time anyway), with a few waiting at most. Jobs live in this instance's memory for an hour.
 */
@Service
public class DistrictPreviews implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DistrictPreviews.class);
    static final Duration KEPT = Duration.ofHours(1);
    /** Previews waiting for their turn, beyond the one running: more are refused ("try again later"). */
    public static final int WAITING = 4;

    public enum State { RUNNING, DONE, CANCELLED, INVALID, FAILED }

    /** One preview: whose, of which draft, started where (the page its outcome opens on), how far. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final PreviewOrigin origin;
        final String file;
        final Map<String, String> draft;
        final Instant started;
        final AtomicInteger done = new AtomicInteger();
        volatile int total;
        volatile State state = State.RUNNING;
        volatile boolean cancelRequested;
        volatile DraftPreview result;
        volatile List<RuleProblem> problems = List.of();
        volatile String error;

        Job(String owner, PreviewOrigin origin, Map<String, String> draft, Instant started) {
            this.owner = owner;
            this.origin = origin;
            this.file = origin.file();
            this.draft = Map.copyOf(draft);
            this.started = started;
        }

        public String getId() {
            return id;
        }

        public String getOwner() {
            return owner;
        }

        public String getFile() {
            return file;
        }

        public PreviewOrigin getOrigin() {
            return origin;
        }

        /** Where the administrator who started it finds its outcome with their draft; none for the API's. */
        public Optional<String> outcomePage() {
            return origin.outcomePage(id);
        }

        public boolean isEnded() {
            return state != State.RUNNING;
        }

        public Instant getStarted() {
            return started;
        }

        public int getDone() {
            return done.get();
        }

        /** How many students the preview evaluates; 0 while the draft is checked or waits for its turn. */
        public int getTotal() {
            return total;
        }

        public String getState() {
            return state.name();
        }

        public boolean isCancelRequested() {
            return cancelRequested;
        }

        public int percent() {
            int all = total;
            return all == 0 ? (state == State.RUNNING ? 0 : 100) : (int) (100L * done.get() / all);
        }

        /** The impact, once the preview ran to the end; never a part of it. */
        public Optional<DraftPreview> result() {
            return state == State.DONE ? Optional.ofNullable(result) : Optional.empty();
        }

        public List<RuleProblem> getProblems() {
            return problems;
        }

        public String getError() {
            return error;
        }

        public String content() {
            return file == null ? null : draft.get(file);
        }
    }

    /** A start: the job, and whether it is one already under way (a second start shows it instead). */
    public record Start(Job job, boolean alreadyRunning) {
    }

    /** Too many previews wait already. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("Too many previews are waiting for their turn; try again in a few minutes");
        }
    }

    private final RulePublisher publisher;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), r -> {
                Thread thread = new Thread(r, "rules-preview");
                thread.setDaemon(true);
                return thread;
            });
    /** Called after each student a preview evaluates: nothing, except in a test that holds a preview half-way. */
    private volatile IntConsumer pacing = done -> { };

    DistrictPreviews(RulePublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Starts previewing {@code draft} (the whole set of files; {@code file} the one being edited, or null) for
     * {@code admin}, or finds their preview already under way.
     */
    public Start start(String admin, String file, Map<String, String> draft) {
        return start(admin, PreviewOrigin.editor(file), draft);
    }

    /**
     * Starts previewing {@code draft} for {@code admin} from {@code origin} (the editor, the policy form, the shipped
     * rules, the API), or finds their preview already under way.
     */
    public synchronized Start start(String admin, PreviewOrigin origin, Map<String, String> draft) {
        forgetOldJobs();
        Optional<Job> running = jobs.values().stream()
                .filter(job -> job.owner.equals(admin) && job.state == State.RUNNING).findFirst();
        if (running.isPresent()) {
            return new Start(running.get(), true);
        }
        Job job = new Job(admin, origin, draft, clock.instant());
        try {
            worker.execute(() -> run(job));
        } catch (java.util.concurrent.RejectedExecutionException full) {
            throw new Busy();
        }
        // an administrator's earlier previews are done: only the latest is kept
        jobs.values().removeIf(earlier -> earlier.owner.equals(admin));
        jobs.put(job.id, job);
        return new Start(job, false);
    }

    /** A preview, to any administrator (the routes are theirs only). */
    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /**
     * Asks the preview to stop: no student starts any more, those under way finish, nothing is recorded. Only the
     * administrator who started it may: another sees it but does not throw away a colleague's wait.
     */
    public Job cancel(String admin, String id) {
        Job job = job(id).orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + id));
        if (!job.owner.equals(admin)) {
            throw new AccessDeniedException("Only the administrator who started a preview cancels it");
        }
        job.cancelRequested = true;
        return job;
    }

    /** A test's hook: {@code afterEachStudent} hears each student's count as a preview evaluates them. */
    public void pace(IntConsumer afterEachStudent) {
        this.pacing = afterEachStudent == null ? done -> { } : afterEachStudent;
    }

    private void run(Job job) {
        try {
            if (job.cancelRequested) {
                throw new CancellationException("Cancelled before it started");
            }
            DraftPreview preview = publisher.preview(job.owner, job.draft, new DistrictEvaluation.Watch() {
                @Override
                public void started(int students) {
                    job.total = students;
                }

                @Override
                public void evaluated(int done) {
                    job.done.set(done);
                    pacing.accept(done);
                }

                @Override
                public boolean cancelled() {
                    return job.cancelRequested;
                }
            });
            job.result = preview;
            job.state = State.DONE;
        } catch (CancellationException cancelled) {
            log.info("{} cancelled the preview of a draft after {} of {} students", job.owner, job.done.get(),
                    job.total);
            job.state = State.CANCELLED;
        } catch (RuleBuildException refused) {
            job.problems = refused.problems();
            job.state = State.INVALID;
        } catch (RuntimeException failed) {
            log.warn("The preview of {}'s draft failed", job.owner, failed);
            job.error = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            job.state = State.FAILED;
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.started.isBefore(cutoff) && job.state != State.RUNNING);
    }

    @Override
    public void destroy() {
        jobs.values().forEach(job -> job.cancelRequested = true);
        worker.shutdownNow();
    }
}
