package org.pathwayplanner.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayJourney;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Files on an active pathway: who may attach and download, the limits, and nothing kept by halves. */
@PlannerTest
class PathwayFilesTests {

    @Autowired
    PathwayFiles files;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    StudentAccess access;
    @Autowired
    EvidenceFileTypes types;
    @Autowired
    FileSettings settings;
    @Autowired
    PlatformTransactionManager transactions;

    PathwayFixtures fixtures;
    Proposer student;
    ProposalView pathway;

    @BeforeEach
    void anActivePathway() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        student = fixtures.aHighSchoolStudent();
        pathway = new PathwayJourney(pathways, tasks, taskService).active(student,
                PathwayFixtures.onlineCourse(student.target()));
    }

    @Test
    void theStudentAttachesAFileAndTheirTeacherDownloadsItUnderTheNameOfWhatItIs() {
        var line = files.attach(student.viewer(), pathway.id(),
                new IncomingFile("C:\\Users\\me\\lab report.docx", EvidenceFiles.pdf(), "My lab report"));

        assertThat(line.fileName()).isEqualTo("lab report.pdf");
        assertThat(line.mediaType()).isEqualTo("application/pdf");
        var content = files.download(PathwayFixtures.teacher(student.teacher()), pathway.id(), line.id());
        assertThat(content.content()).isEqualTo(EvidenceFiles.pdf());
        assertThat(content.mediaType()).isEqualTo("application/pdf");
        assertThat(files.onPathway(new Viewer(student.counselor(), Role.COUNSELOR), pathway.id()).files())
                .extracting(PathwayFiles.FileLine::description).containsExactly("My lab report");
    }

    @Test
    void aRenamedProgramOrWebPageIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> files.attach(student.viewer(), pathway.id(),
                new IncomingFile("report.pdf", EvidenceFiles.windowsProgram(), null))).isInstanceOf(FileRefused.class);
        assertThatThrownBy(() -> files.attach(student.viewer(), pathway.id(),
                new IncomingFile("photo.png", EvidenceFiles.html(), null))).isInstanceOf(FileRefused.class);

        assertThat(linesOn(pathway.id())).isZero();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAsTooLarge() {
        byte[] large = new byte[(int) settings.maxFileSize().toBytes() + 1];
        System.arraycopy(EvidenceFiles.pdf(), 0, large, 0, EvidenceFiles.pdf().length);

        assertThatThrownBy(() -> files.attach(student.viewer(), pathway.id(), new IncomingFile("big.pdf", large, null)))
                .isInstanceOfSatisfying(FileRefused.class, refused -> {
                    assertThat(refused.tooLarge()).isTrue();
                    assertThat(refused.arguments()).containsExactly(20L);
                });
        assertThat(linesOn(pathway.id())).isZero();
    }

    @Test
    void aPathwayHoldsAtMostTheConfiguredNumberOfFiles() {
        for (int n = 0; n < settings.maxFilesPerPathway(); n++) {
            files.attach(student.viewer(), pathway.id(), new IncomingFile("page" + n + ".png", EvidenceFiles.png(), null));
        }

        assertThatThrownBy(() -> files.attach(student.viewer(), pathway.id(),
                new IncomingFile("one-more.png", EvidenceFiles.png(), null)))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("files.refused.full"));
        assertThat(linesOn(pathway.id())).isEqualTo(settings.maxFilesPerPathway());
    }

    @Test
    void onlyAnActivePathwayTakesFiles() {
        Proposer another = fixtures.aHighSchoolStudent();
        long inReview = new PathwayJourney(pathways, tasks, taskService)
                .submitted(another, PathwayFixtures.onlineCourse(another.target())).id();

        assertThatThrownBy(() -> files.attach(another.viewer(), inReview,
                new IncomingFile("a.pdf", EvidenceFiles.pdf(), null)))
                .isInstanceOfSatisfying(FileRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("files.refused.notActive"));
    }

    @Test
    void anotherStudentAndATeacherWhoDoesNotTeachTheStudentGetNothing() {
        var line = files.attach(student.viewer(), pathway.id(), new IncomingFile("a.pdf", EvidenceFiles.pdf(), null));
        Proposer other = fixtures.aHighSchoolStudent();
        Viewer otherTeacher = new Viewer(teacherWhoDoesNotTeach(student.student().id()), Role.TEACHER);

        assertThatThrownBy(() -> files.download(other.viewer(), pathway.id(), line.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.download(otherTeacher, pathway.id(), line.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.attach(otherTeacher, pathway.id(),
                new IncomingFile("b.pdf", EvidenceFiles.pdf(), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCounselorAndAGuardianMayReadTheFilesButNotAttach() {
        assertThatThrownBy(() -> files.attach(new Viewer(student.counselor(), Role.COUNSELOR), pathway.id(),
                new IncomingFile("a.pdf", EvidenceFiles.pdf(), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(files.onPathway(new Viewer(student.guardian(), Role.GUARDIAN), pathway.id()).mayAttach()).isFalse();
    }

    @Test
    void aMentorsFileIsKeptUnderTheMentorsName() {
        var line = files.attach(pathway.id(), new Uploader.Mentor("lortiz@hospital.example.org", "Dr. Lena Ortiz",
                pathway.studentId(), pathway.title()), new IncomingFile("evaluation.pdf", EvidenceFiles.pdf(), null));

        assertThat(line.uploadedBy()).isEqualTo("Dr. Lena Ortiz <lortiz@hospital.example.org>");
        assertThat(line.uploaderKind()).isEqualTo("MENTOR");
    }

    @Test
    void whenStoringTheBytesFailsNoLineIsKept() {
        FileStore failing = new FileStore() {
            @Override
            public FileSettings.Store name() {
                return FileSettings.Store.DATABASE;
            }

            @Override
            public void put(long fileId, String key, byte[] content) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public byte[] get(long fileId, String key) {
                throw new UnsupportedOperationException();
            }
        };
        PathwayFiles withFailingStore = filesWith(settings, failing);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> withFailingStore
                .attach(student.viewer(), pathway.id(), new IncomingFile("a.pdf", EvidenceFiles.pdf(), null))))
                .hasMessageContaining("disk full");
        assertThat(linesOn(pathway.id())).isZero();
    }

    @Test
    void theFolderStoreKeepsACommittedFileWholeAndLeavesNothingOfARolledBackOne(@TempDir Path folder) throws Exception {
        FileSettings inFolder = new FileSettings(FileSettings.Store.FOLDER, folder, DataSize.ofMegabytes(20), 20);
        PathwayFiles folderFiles = filesWith(inFolder, new FolderFileStore(inFolder));
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            folderFiles.attach(student.viewer(), pathway.id(), new IncomingFile("rolled-back.pdf", EvidenceFiles.pdf(),
                    null));
            status.setRollbackOnly();
        });
        assertThat(linesOn(pathway.id())).isZero();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }

        var kept = tx.execute(status -> folderFiles.attach(student.viewer(), pathway.id(),
                new IncomingFile("kept.png", EvidenceFiles.png(), null)));
        try (var stored = Files.list(folder)) {
            assertThat(stored.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).doesNotEndWith(".part"));
        }
        assertThat(jdbc.queryForObject("select count(*) from pathway_file_content where file_id = ?", Integer.class,
                kept.id())).isZero();
        assertThat(folderFiles.download(student.viewer(), pathway.id(), kept.id()).content())
                .isEqualTo(EvidenceFiles.png());
    }

    @Test
    void aLeaversFilesGoWithTheirRecordsFromTheTableAndTheFolder(@TempDir Path folder) throws Exception {
        FileSettings inFolder = new FileSettings(FileSettings.Store.FOLDER, folder, DataSize.ofMegabytes(20), 20);
        FolderFileStore folderStore = new FolderFileStore(inFolder);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        files.attach(student.viewer(), pathway.id(), new IncomingFile("a.pdf", EvidenceFiles.pdf(), null));
        tx.executeWithoutResult(status -> filesWith(inFolder, folderStore).attach(student.viewer(), pathway.id(),
                new IncomingFile("b.png", EvidenceFiles.png(), null)));
        FilesOfLeavers keeper = new FilesOfLeavers(jdbc, folderStore);
        assertThat(keeper.countsOf(student.student())).containsEntry("pathwayFiles", 2L);

        tx.executeWithoutResult(status -> keeper.deleteRecordsOf(student.student()));

        assertThat(linesOn(pathway.id())).isZero();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    private PathwayFiles filesWith(FileSettings fileSettings, FileStore store) {
        return new PathwayFiles(jdbc, pathways, access, people, types, fileSettings, List.of(store),
                Clock.systemDefaultZone());
    }

    private int linesOn(long pathwayId) {
        return jdbc.queryForObject("select count(*) from pathway_file where proposal_id = ?", Integer.class, pathwayId);
    }

    private String teacherWhoDoesNotTeach(long studentId) {
        return jdbc.queryForObject("""
                select min(a.username) from staff_member t join user_account a on a.id = t.account_id
                 where t.kind = 'TEACHER' and not exists (
                   select 1 from class_section cs join section_enrollment e on e.section_id = cs.id
                    where cs.teacher_id = t.id and e.student_id = ?)""", String.class, studentId);
    }
}
