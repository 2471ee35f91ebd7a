package org.pathwayplanner.opportunities;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayStepRecorded;
import org.pathwayplanner.pathways.PathwayType;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.ProposalRequest;
import org.pathwayplanner.pathways.Transport;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.rules.PathwayKinds;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: publishing and closing (counselors and administrators), browsing with filters and pages (anyone
 * signed in: an opportunity names no student), starting a proposal from one (students), and who applied (those who
 * publish). The seats an opportunity has left follow {@link Opportunity#HOLDS_A_SEAT}.
 */
@Service
@Transactional
public class OpportunityCatalog {

    static final int PAGE_SIZE = 10;
    private static final String HELD = Opportunity.HOLDS_A_SEAT.stream().sorted().map(s -> "'" + s + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final String LINE = """
            select o.*,
                   (select count(*) from opportunity_application a
                     where a.opportunity_id = o.id and a.status in %s) as held,
                   (select count(*) from opportunity_application a where a.opportunity_id = o.id) as applicants
              from opportunity o""".formatted(HELD);

    private final JdbcTemplate jdbc;
    private final PathwayService pathways;
    private final PathwayKinds kinds;
    private final PeopleDirectory people;
    private final StudentAccess access;
    private final Clock clock;

    OpportunityCatalog(JdbcTemplate jdbc, PathwayService pathways, PathwayKinds kinds, PeopleDirectory people,
            StudentAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.pathways = pathways;
        this.kinds = kinds;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the viewer publishes opportunities and sees who applied: counselors and administrators. */
    public static boolean publishes(Viewer viewer) {
        return viewer.role() == Role.COUNSELOR || viewer.role() == Role.ADMIN;
    }

    /** The open opportunities that match, ordered by start date, one page of {@value #PAGE_SIZE}. */
    @Transactional(readOnly = true)
    public CatalogPage search(CatalogFilter filter, int page) {
        StringBuilder where = new StringBuilder(" where o.closed_at is null and o.end_date >= ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(LocalDate.now(clock))));
        if (filter.kind() != null) {
            where.append(" and o.kind = ?");
            args.add(filter.kind());
        }
        if (filter.area() != null) {
            where.append(" and o.credit_area_code = ?");
            args.add(filter.area());
        }
        if (filter.grade() != null) {
            where.append(" and o.min_grade <= ? and o.max_grade >= ?");
            args.add(filter.grade());
            args.add(filter.grade());
        }
        if (filter.q() != null) {
            where.append(" and (lower(o.title) like ? or lower(o.provider) like ? or lower(o.description) like ?)");
            String like = "%" + filter.q().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            args.addAll(List.of(like, like, like));
        }
        if (filter.withSeats()) {
            where.append(" and o.seats > (select count(*) from opportunity_application a where a.opportunity_id = o.id"
                    + " and a.status in " + HELD + ")");
        }
        Long total = jdbc.queryForObject("select count(*) from opportunity o" + where, Long.class, args.toArray());
        long count = total == null ? 0 : total;
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<Object> paged = new ArrayList<>(args);
        paged.add(PAGE_SIZE);
        paged.add((shown - 1) * PAGE_SIZE);
        List<Opportunity> lines = withCompetencies(jdbc.query(LINE + where + " order by o.start_date, o.id limit ? offset ?",
                this::line, paged.toArray()));
        return new CatalogPage(lines, shown, pages, count);
    }

    @Transactional(readOnly = true)
    public Opportunity opportunity(long id) {
        return withCompetencies(jdbc.query(LINE + " where o.id = ?", this::line, id)).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No opportunity " + id));
    }

    /** A counselor or administrator publishes an opportunity; its kind must be one the district's policy offers. */
    public long publish(Viewer viewer, OpportunityForm form) {
        checkPublishes(viewer);
        if (!kinds.offers(form.kind())) {
            throw new OpportunityRefused("opportunities.refused.kind", "The district's policy offers no kind "
                    + form.kind(), form.kind());
        }
        if (form.endDate().isBefore(form.startDate()) || form.maxGrade() < form.minGrade()) {
            throw new OpportunityRefused("opportunities.refused.order", "The end comes before the start.");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into opportunity (kind, title, description, provider, mentor_name, mentor_email, start_date,
                                             end_date, planned_hours, credits, credit_area_code, seats, min_grade,
                                             max_grade, off_campus, published_by, published_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, form.kind());
            insert.setString(2, form.title().strip());
            insert.setString(3, blankIsNull(form.description()));
            insert.setString(4, form.provider().strip());
            insert.setString(5, blankIsNull(form.mentorName()));
            insert.setString(6, blankIsNull(form.mentorEmail()));
            insert.setDate(7, Date.valueOf(form.startDate()));
            insert.setDate(8, Date.valueOf(form.endDate()));
            insert.setBigDecimal(9, form.plannedHours());
            insert.setBigDecimal(10, form.credits());
            insert.setString(11, form.creditAreaCode());
            insert.setInt(12, form.seats());
            insert.setInt(13, form.minGrade());
            insert.setInt(14, form.maxGrade());
            insert.setBoolean(15, form.isOffCampus());
            insert.setString(16, viewer.username());
            insert.setTimestamp(17, Timestamp.from(Instant.now(clock)));
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.batchUpdate("insert into opportunity_competency (opportunity_id, competency_id) values (?, ?)",
                form.competencyIds().stream().distinct().map(c -> new Object[] {id, c}).toList());
        return id;
    }

    /** No longer offered: it leaves the catalog; proposals already started from it go on. */
    public void close(Viewer viewer, long id) {
        checkPublishes(viewer);
        opportunity(id);
        jdbc.update("update opportunity set closed_at = ? where id = ? and closed_at is null",
                Timestamp.from(Instant.now(clock)), id);
    }

    /** The proposal the student already started from the opportunity and has not ended, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> startedBy(Viewer student, long opportunityId) {
        if (student.role() != Role.STUDENT) {
            return Optional.empty();
        }
        long studentId = people.studentOfAccount(student.username()).orElseThrow().id();
        return jdbc.queryForList("""
                select proposal_id from opportunity_application
                 where opportunity_id = ? and student_id = ? and status not in ('REJECTED', 'WITHDRAWN', 'EXPIRED')
                 order by started_at desc""", Long.class, opportunityId, studentId).stream().findFirst();
    }

    /**
     * A student starts a proposal from the opportunity: a draft of their own, filled in with its fields (and, off
     * campus, how they get there), which they then check, complete and submit on the proposal form.
     *
     * @return the draft's id
     * @throws OpportunityRefused when the opportunity is closed, full or not open to the student's grade
     * @throws org.pathwayplanner.pathways.ProposalFieldException when the pathways feature refuses a field
     */
    public long startProposal(Viewer student, long opportunityId, Transport transport, String transportNote) {
        if (student.role() != Role.STUDENT) {
            throw new AccessDeniedException("Only students start proposals.");
        }
        Optional<Long> started = startedBy(student, opportunityId);
        if (started.isPresent()) {
            return started.get();
        }
        Opportunity o = opportunity(opportunityId);
        StudentView me = people.studentOfAccount(student.username()).orElseThrow();
        if (o.closed()) {
            throw new OpportunityRefused("opportunities.refused.closed", "This opportunity is no longer offered.");
        }
        if (o.full()) {
            throw new OpportunityRefused("opportunities.refused.full", "Every seat of this opportunity is taken.");
        }
        if (!o.openToGrade(me.gradeLevel())) {
            throw new OpportunityRefused("opportunities.refused.grade", "This opportunity is open to grades "
                    + o.minGrade() + " to " + o.maxGrade() + ".", o.minGrade(), o.maxGrade());
        }
        ProposalRequest request = new ProposalRequest(PathwayType.of(o.kind()), o.title(), o.description(),
                o.provider(), o.mentorName(), o.mentorEmail(), o.startDate(), o.endDate(), o.plannedHours(),
                o.offCampus(), null, o.credits(), o.creditAreaCode(), o.competencyIds(),
                o.offCampus() ? transport : null, o.offCampus() ? blankIsNull(transportNote) : null);
        ProposalView draft = pathways.draft(student, request);
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                insert into opportunity_application (proposal_id, opportunity_id, student_id, status, started_at,
                                                     updated_at) values (?, ?, ?, ?, ?, ?)""",
                draft.id(), opportunityId, me.id(), draft.status(), now, now);
        return draft.id();
    }

    /** Who started a proposal from the opportunity, for those who publish; named when they may see the student. */
    @Transactional(readOnly = true)
    public List<Applicant> applicants(Viewer viewer, long opportunityId) {
        checkPublishes(viewer);
        opportunity(opportunityId);
        record Row(long proposalId, long studentId, String status, Instant startedAt) {
        }
        List<Row> rows = jdbc.query("""
                select proposal_id, student_id, status, started_at from opportunity_application
                 where opportunity_id = ? order by started_at, proposal_id""",
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                opportunityId);
        Map<Long, String> names = people.students(rows.stream().map(Row::studentId).distinct()
                        .filter(id -> access.maySee(viewer.username(), viewer.role(), id)).toList())
                .stream().collect(Collectors.toMap(StudentView::id, StudentView::fullName));
        return rows.stream().map(r -> new Applicant(r.proposalId(), r.studentId(), names.get(r.studentId()),
                r.status(), r.startedAt())).toList();
    }

    /** Follows the status of proposals started here, as the pathways' timeline records each step. */
    @EventListener
    void on(PathwayStepRecorded step) {
        jdbc.update("update opportunity_application set status = ?, updated_at = ? where proposal_id = ?",
                step.statusAfter(), Timestamp.from(step.at()), step.proposalId());
    }

    private void checkPublishes(Viewer viewer) {
        if (!publishes(viewer)) {
            throw new AccessDeniedException("Only counselors and administrators publish opportunities.");
        }
    }

    private Opportunity line(ResultSet rs, int row) throws SQLException {
        return new Opportunity(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                rs.getString("description"), rs.getString("provider"), rs.getString("mentor_name"),
                rs.getString("mentor_email"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), rs.getBigDecimal("planned_hours"), rs.getBigDecimal("credits"),
                rs.getString("credit_area_code"), rs.getInt("seats"), rs.getInt("min_grade"), rs.getInt("max_grade"),
                rs.getBoolean("off_campus"), List.of(), rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("closed_at") != null, rs.getInt("held"),
                rs.getInt("applicants"));
    }

    /** The competencies of the opportunities of one page, in one query. */
    private List<Opportunity> withCompetencies(List<Opportunity> found) {
        if (found.isEmpty()) {
            return found;
        }
        String in = found.stream().map(o -> "?").collect(Collectors.joining(", "));
        Map<Long, List<Long>> competencies = new java.util.HashMap<>();
        jdbc.query("select opportunity_id, competency_id from opportunity_competency where opportunity_id in (" + in
                        + ") order by competency_id",
                rs -> {
                    competencies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, found.stream().map(Opportunity::id).toArray());
        return found.stream().map(o -> new Opportunity(o.id(), o.kind(), o.title(), o.description(), o.provider(),
                o.mentorName(), o.mentorEmail(), o.startDate(), o.endDate(), o.plannedHours(), o.credits(),
                o.creditAreaCode(), o.seats(), o.minGrade(), o.maxGrade(), o.offCampus(),
                List.copyOf(competencies.getOrDefault(o.id(), List.of())), o.publishedBy(), o.publishedAt(),
                o.closed(), o.held(), o.applicants())).toList();
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
