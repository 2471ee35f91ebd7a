package org.pathwayplanner.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The PDFs of a graduating class in one zip, made in the background with a progress bar: a counselor's caseload, or
 * the whole class for an administrator. A zip is kept in a temporary file for its maker only, for an hour.
 */
@Service
public class ClassTranscripts {

    private static final Logger log = LoggerFactory.getLogger(ClassTranscripts.class);
    static final Duration KEPT = Duration.ofHours(1);

    public enum State { RUNNING, DONE, FAILED }

    /** One batch: whose, which class, how far. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final int graduationYear;
        final int total;
        final Instant started;
        final AtomicInteger done = new AtomicInteger();
        volatile State state = State.RUNNING;
        volatile Path zip;

        Job(String owner, int graduationYear, int total, Instant started) {
            this.owner = owner;
            this.graduationYear = graduationYear;
            this.total = total;
            this.started = started;
        }

        public String getId() {
            return id;
        }

        public int getGraduationYear() {
            return graduationYear;
        }

        public int getTotal() {
            return total;
        }

        public int getDone() {
            return done.get();
        }

        public String getState() {
            return state.name();
        }

        public int percent() {
            return total == 0 ? 100 : (int) (100L * done.get() / total);
        }

        public String fileName() {
            return "transcripts-class-of-" + graduationYear + ".zip";
        }
    }

    private final Transcripts transcripts;
    private final TranscriptPdf pdf;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** One batch at a time per instance: rendering PDFs is CPU work that must leave the pages their share. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "class-transcripts");
        t.setDaemon(true);
        return t;
    });

    ClassTranscripts(Transcripts transcripts, TranscriptPdf pdf, PeopleDirectory people, Clock clock) {
        this.transcripts = transcripts;
        this.pdf = pdf;
        this.people = people;
        this.clock = clock;
    }

    /** The graduating classes the viewer may print: those of their caseload, or every class for an administrator. */
    public List<Integer> classesFor(Viewer viewer) {
        return switch (viewer.role()) {
            case ADMIN -> people.graduationYears();
            case COUNSELOR -> people.caseloadOf(viewer.username()).stream().map(StudentView::graduationYear)
                    .distinct().sorted().toList();
            default -> throw new AccessDeniedException("Only counselors and administrators print a class's transcripts.");
        };
    }

    /** Starts the batch of the class's students the viewer may see. */
    public Job start(Viewer viewer, int graduationYear, Locale locale) {
        List<Long> students = studentsOf(viewer, graduationYear);
        forgetOldJobs();
        // one batch at a time per person: a second click waits for the first instead of queueing more work
        Optional<Job> running = jobs.values().stream()
                .filter(j -> j.owner.equals(viewer.username()) && j.state == State.RUNNING).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        Job job = new Job(viewer.username(), graduationYear, students.size(), clock.instant());
        jobs.put(job.id, job);
        worker.execute(() -> run(job, viewer, students, locale));
        return job;
    }

    /** A batch, to the person who started it only. */
    public Optional<Job> job(Viewer viewer, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(viewer.username()));
    }

    /** Writes a finished batch's zip. */
    public void copyZip(Job job, OutputStream out) {
        if (job.state != State.DONE) {
            throw new IllegalStateException("The transcripts of this class are not ready.");
        }
        try {
            Files.copy(job.zip, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Long> studentsOf(Viewer viewer, int graduationYear) {
        if (viewer.role() == Role.ADMIN) {
            return people.classOf(graduationYear);
        }
        if (viewer.role() != Role.COUNSELOR) {
            throw new AccessDeniedException("Only counselors and administrators print a class's transcripts.");
        }
        return people.caseloadOf(viewer.username()).stream().filter(s -> s.graduationYear() == graduationYear)
                .map(StudentView::id).toList();
    }

    private void run(Job job, Viewer viewer, List<Long> students, Locale locale) {
        Path zip = null;
        try {
            zip = Files.createTempFile("transcripts-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (long student : students) {
                    TranscriptDocument doc = transcripts.of(viewer, student);
                    out.putNextEntry(new ZipEntry(doc.fileName()));
                    out.write(pdf.render(doc, locale));
                    out.closeEntry();
                    job.done.incrementAndGet();
                }
            }
            job.zip = zip;
            job.state = State.DONE;
        } catch (IOException | RuntimeException e) {
            log.warn("The transcripts of the class of {} could not be made", job.graduationYear, e);
            if (zip != null) {
                zip.toFile().delete();   // nothing half-made is kept
            }
            job.state = State.FAILED;
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> {
            boolean old = j.started.isBefore(cutoff) && j.state != State.RUNNING;
            if (old && j.zip != null) {
                j.zip.toFile().delete();
            }
            return old;
        });
    }
}
