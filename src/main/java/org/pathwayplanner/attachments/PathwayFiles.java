package org.pathwayplanner.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.ProposalStatus;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to pathways as evidence. Who may attach: the student, a teacher of the student and an
 * administrator, while the pathway is active (and the mentor, through {@link #attach(long, Uploader, IncomingFile)});
 * who may list and download: whoever may see the student ({@link StudentAccess}, the one home of that check, which
 * also records the opening in the records of access). A file is kept whole with its line, or not at all.
 */
@Service
@Transactional
public class PathwayFiles {

    /** One file on a pathway, as pages and the API list it (never its bytes). */
    public record FileLine(long id, long pathwayId, long studentId, String pathwayTitle, String fileName,
            String mediaType, long sizeBytes, String description, String uploadedBy, String uploaderKind,
            Instant uploadedAt) {

        /** The size as people read it: 820 KB, 3.4 MB. */
        public String readableSize() {
            if (sizeBytes < 1024 * 1024) {
                return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
            }
            return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }
    }

    /** A file to send: its name, its type as detected when it was taken, its bytes. */
    public record FileContent(String fileName, String mediaType, byte[] content) {
    }

    /** A pathway's files and what the viewer may do with them. */
    public record OnPathway(ProposalView pathway, List<FileLine> files, boolean mayAttach, int room,
            long maxFileSize, List<String> acceptedKinds) {
    }

    private static final int NAME_LENGTH = 200;
    private static final int DESCRIPTION_LENGTH = 500;
    private static final String COLUMNS = """
            id, proposal_id, student_id, pathway_title, file_name, media_type, size_bytes, description, uploaded_by,
            uploader_kind, uploaded_at""";
    private static final RowMapper<FileLine> LINE = (rs, row) -> new FileLine(rs.getLong("id"),
            rs.getLong("proposal_id"), rs.getLong("student_id"), rs.getString("pathway_title"),
            rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
            rs.getString("description"), rs.getString("uploaded_by"), rs.getString("uploader_kind"),
            rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final PathwayService pathways;
    private final StudentAccess access;
    private final PeopleDirectory people;
    private final EvidenceFileTypes types;
    private final FileSettings settings;
    private final Map<FileSettings.Store, FileStore> stores;
    private final Clock clock;

    PathwayFiles(JdbcTemplate jdbc, PathwayService pathways, StudentAccess access, PeopleDirectory people,
            EvidenceFileTypes types, FileSettings settings, List<FileStore> stores, Clock clock) {
        this.jdbc = jdbc;
        this.pathways = pathways;
        this.access = access;
        this.people = people;
        this.types = types;
        this.settings = settings;
        this.stores = stores.stream().collect(java.util.stream.Collectors.toMap(FileStore::name, s -> s));
        this.clock = clock;
    }

    /** The pathway's files, for whoever may see its student; what they may do with them. */
    @Transactional(readOnly = true)
    public OnPathway onPathway(Viewer viewer, long pathwayId) {
        ProposalView pathway = visiblePathway(viewer, pathwayId);
        List<FileLine> files = filesOf(pathwayId);
        return new OnPathway(pathway, named(files), mayAttach(viewer, pathway),
                Math.max(0, settings.maxFilesPerPathway() - files.size()), settings.maxFileSize().toBytes(),
                EvidenceFileTypes.LISTED);
    }

    /**
     * The files on the pathway a mentor was invited to: the mentors' feature names the pathway once it has checked the
     * mentor's invitation (see {@link Uploader.Mentor}).
     */
    @Transactional(readOnly = true)
    public List<FileLine> onMentorsPathway(long pathwayId) {
        return named(filesOf(pathwayId));
    }

    /** The files of each of the student's pathways, for the page adults follow the student on. */
    @Transactional(readOnly = true)
    public List<FileLine> ofStudent(Viewer viewer, long studentId) {
        access.checkMaySee(viewer, studentId);
        return named(jdbc.query("select " + COLUMNS + " from pathway_file where student_id = ? order by proposal_id,"
                + " uploaded_at, id", LINE, studentId));
    }

    /**
     * A student, a teacher of the student or an administrator attaches a file to an active pathway.
     *
     * @throws AccessDeniedException when the viewer may not see the student or may not attach files
     * @throws FileRefused           when the file is too large, of a kind not taken, or the pathway is full or not active
     */
    public FileLine attach(Viewer viewer, long pathwayId, IncomingFile file) {
        return attach(pathwayId, new Uploader.Account(viewer), file);
    }

    /**
     * Attaches a file to a pathway: the one way in, for district accounts and (through {@link Uploader.Mentor}) the
     * pathway's mentor. An account's rights are checked here; a mentor's by the caller, which names the student
     * and the pathway the mentor's link was made for.
     */
    public FileLine attach(long pathwayId, Uploader uploader, IncomingFile file) {
        long studentId;
        String title;
        if (uploader instanceof Uploader.Account account) {
            ProposalView pathway = visiblePathway(account.viewer(), pathwayId);
            if (!mayAttach(account.viewer(), pathway)) {
                throw new AccessDeniedException("You may not attach files to this pathway.");
            }
            if (!ProposalStatus.ACTIVE.name().equals(pathway.status())) {
                throw new FileRefused("files.refused.notActive", "Files are attached while the pathway is under way.",
                        false);
            }
            studentId = pathway.studentId();
            title = pathway.title();
        } else {
            Uploader.Mentor mentor = (Uploader.Mentor) uploader;
            studentId = mentor.studentId();
            title = mentor.pathwayTitle();
        }
        return store(pathwayId, studentId, title, uploader, file);
    }

    /**
     * The file's bytes, for whoever may see the pathway's student (the opening is recorded; a download is recorded
     * as an export by the records of access).
     */
    @Transactional(readOnly = true)
    public FileContent download(Viewer viewer, long pathwayId, long fileId) {
        ProposalView pathway = visiblePathway(viewer, pathwayId);
        record Stored(String fileName, String mediaType, String store, String key) {
        }
        Stored stored = jdbc.query("select file_name, media_type, store, storage_key from pathway_file"
                        + " where id = ? and proposal_id = ? and student_id = ?",
                (rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                fileId, pathwayId, pathway.studentId()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No file " + fileId + " on this pathway"));
        FileStore store = stores.get(FileSettings.Store.valueOf(stored.store()));
        return new FileContent(stored.fileName(), stored.mediaType(), store.get(fileId, stored.key()));
    }

    private FileLine store(long pathwayId, long studentId, String title, Uploader uploader, IncomingFile file) {
        people.checkStillEnrolled(studentId);
        byte[] content = file.content();
        long max = settings.maxFileSize().toBytes();
        if (content.length > max) {
            throw tooLarge(max);
        }
        if (content.length == 0) {
            throw new FileRefused("files.refused.empty", "The file is empty.", false);
        }
        if (file.description() != null && file.description().length() > DESCRIPTION_LENGTH) {
            throw new FileRefused("files.refused.description", "Say what the file shows in at most 500 characters.",
                    false, DESCRIPTION_LENGTH);
        }
        int held = countOn(pathwayId);
        if (held >= settings.maxFilesPerPathway()) {
            throw new FileRefused("files.refused.full", "This pathway already holds " + held + " files, the most it"
                    + " may hold.", false, settings.maxFilesPerPathway());
        }
        EvidenceFileTypes.Accepted type = types.of(content);
        String name = fileName(file.name(), type);
        String key = UUID.randomUUID().toString();
        FileStore store = stores.get(settings.store());
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into pathway_file (proposal_id, student_id, pathway_title, file_name, media_type, size_bytes,
                                              sha256, description, uploaded_by, uploader_kind, uploaded_at, store,
                                              storage_key)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, pathwayId);
            insert.setLong(2, studentId);
            insert.setString(3, cut(title, 200));
            insert.setString(4, name);
            insert.setString(5, type.mediaType());
            insert.setLong(6, content.length);
            insert.setString(7, sha256(content));
            insert.setString(8, file.description());
            insert.setString(9, cut(uploader.identity(), 200));
            insert.setString(10, uploader.kind());
            insert.setTimestamp(11, Timestamp.from(now));
            insert.setString(12, store.name().name());
            insert.setString(13, key);
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        store.put(id, key, content);
        return named(List.of(jdbc.queryForObject("select " + COLUMNS + " from pathway_file where id = ?", LINE, id)))
                .get(0);
    }

    static FileRefused tooLarge(long max) {
        long megabytes = Math.max(1, max / (1024 * 1024));
        return new FileRefused("files.refused.tooLarge", "The file is larger than the " + megabytes + " MB a file may"
                + " be.", true, megabytes);
    }

    private ProposalView visiblePathway(Viewer viewer, long pathwayId) {
        ProposalView pathway;
        try {
            pathway = pathways.proposal(viewer, pathwayId);
        } catch (org.springframework.dao.EmptyResultDataAccessException | NoSuchElementException
                | jakarta.persistence.EntityNotFoundException missing) {
            throw new NoSuchElementException("No pathway " + pathwayId);
        }
        // someone with a task on the proposal who may not see the student gets no files: StudentAccess decides
        access.checkMaySee(viewer, pathway.studentId());
        return pathway;
    }

    private boolean mayAttach(Viewer viewer, ProposalView pathway) {
        return viewer.role() == Role.STUDENT || viewer.role() == Role.TEACHER || viewer.role() == Role.ADMIN;
    }

    private List<FileLine> filesOf(long pathwayId) {
        return jdbc.query("select " + COLUMNS + " from pathway_file where proposal_id = ? order by uploaded_at, id",
                LINE, pathwayId);
    }

    private int countOn(long pathwayId) {
        Integer count = jdbc.queryForObject("select count(*) from pathway_file where proposal_id = ?", Integer.class,
                pathwayId);
        return count == null ? 0 : count;
    }

    /** Who uploaded each file by name (one query for the page); a mentor's identity is already a name. */
    private List<FileLine> named(List<FileLine> files) {
        Map<String, String> names = people.displayNames(files.stream()
                .filter(f -> !"MENTOR".equals(f.uploaderKind())).map(FileLine::uploadedBy).distinct().toList());
        return files.stream().map(f -> new FileLine(f.id(), f.pathwayId(), f.studentId(), f.pathwayTitle(),
                f.fileName(), f.mediaType(), f.sizeBytes(), f.description(),
                names.getOrDefault(f.uploadedBy(), f.uploadedBy()), f.uploaderKind(), f.uploadedAt())).toList();
    }

    /** The sender's name without folders or control characters, with the extension of what the file really is. */
    static String fileName(String sent, EvidenceFileTypes.Accepted type) {
        String base = sent.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank() || base.equals(".")) {
            base = "file";
        }
        return cut(base, NAME_LENGTH - type.extension().length() - 1) + "." + type.extension();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
