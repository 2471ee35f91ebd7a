package org.pathwayplanner.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pathwayplanner.people.NameSearch;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the people of the demo district and their evidence histories with JDBC batches:
 * two schools, an administrator, counselors with caseloads, a teacher per content area and school
 * with a section per grade, students of four profiles, guardians, and dated, scored evidence.
 */
final class DemoPopulation {

    /** Histories are dated relative to the school year in progress, so the demo looks current whenever it is loaded. */
    private final LocalDate schoolYearStart;
    private final LocalDate lastAssessmentDay;
    private final int classOfSeniors;
    static final String[] AREAS = {"ELA", "MATH", "SCI", "SS", "WL", "ART", "PEH"};
    private static final String[] FIRST = {"Ana", "Liam", "Sofia", "Noah", "Isabella", "Mateo", "Olivia", "Elijah",
            "Camila", "James", "Mia", "Lucas", "Amelia", "Benjamin", "Valentina", "Ethan", "Harper", "Daniel", "Aaliyah",
            "Samuel", "Emily", "Jayden", "Gabriela", "Owen", "Zoe", "Adrian", "Layla", "Caleb", "Nora", "Diego", "Grace",
            "Kevin", "Priya", "Marcus", "Leah", "Andre", "Hannah", "Luis", "Chloe", "Tyler", "Maya", "Jose", "Ava"};
    private static final String[] LAST = {"Rivera", "Smith", "Garcia", "Johnson", "Martinez", "Williams", "Rodriguez",
            "Brown", "Lopez", "Jones", "Gonzalez", "Miller", "Perez", "Davis", "Sanchez", "Wilson", "Ramirez", "Anderson",
            "Torres", "Thomas", "Nguyen", "Taylor", "Flores", "Moore", "Patel", "Jackson", "Cruz", "Martin", "Reyes",
            "Lee", "Morales", "Thompson", "Ortiz", "White", "Kim", "Harris", "Diaz", "Clark", "Chen", "Lewis"};
    private static final String[] KINDS = {"PROJECT", "PERFORMANCE_TASK", "TEST", "EXHIBITION", "PORTFOLIO",
            "PRESENTATION"};
    private static final String[] KIND_TITLES = {"Unit project", "Performance task", "Unit assessment", "Exhibition",
            "Portfolio review", "Presentation"};

    private final BatchInserts db;
    private final Random random;
    private final String passwordHash;
    private final List<CompetencyView> competencies;
    private final Map<Long, List<ObjectiveView>> objectivesByCompetency = new LinkedHashMap<>();
    /** The teacher of each section, by area, school, grade and section number ("MATH0-9-0"). */
    private final Map<String, Long> teacherBySection = new LinkedHashMap<>();
    private final Map<String, Long> sectionByAreaSchoolGrade = new LinkedHashMap<>();
    /** Counselors by school: the first two of each are the README's counselor1..4. */
    private final List<List<Long>> counselors = List.of(new ArrayList<>(), new ArrayList<>());
    /** The teacher of the student being generated, by content area: who records their evidence. */
    private final Map<String, Long> teacherOfStudent = new LinkedHashMap<>();
    private DemoStaffing staffing;
    private final long[] schools = new long[2];

    DemoPopulation(JdbcTemplate jdbc, long seed, String passwordHash, List<CompetencyView> competencies,
            List<ObjectiveView> objectives, LocalDate today) {
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        this.schoolYearStart = LocalDate.of(startYear, 9, 1);
        this.lastAssessmentDay = today.minusDays(1);
        this.classOfSeniors = startYear + 1;
        this.db = new BatchInserts(jdbc);
        this.random = new Random(seed);
        this.passwordHash = passwordHash;
        this.competencies = competencies;
        objectives.forEach(o -> objectivesByCompetency.computeIfAbsent(o.competencyId(), k -> new ArrayList<>()).add(o));
    }

    void generate(int students, Map<String, Long> areaIds) {
        schools[0] = school("RHS", "Riverside High School");
        schools[1] = school("NFA", "Northfield Academy");
        staff("admin", "Dana", "Whitfield", "ADMIN", null);
        staffing = DemoStaffing.forStudents(students);
        for (int i = 1; i <= 4; i++) {
            counselors.get((i - 1) / 2).add(staff("counselor" + i, new String[] {"Maria", "Robert", "Aisha", "Thomas"}[i - 1],
                    new String[] {"Delgado", "Chen", "Okafor", "Byrne"}[i - 1], "COUNSELOR", schools[(i - 1) / 2]));
        }
        // a bigger district's further counselors, counselor5 on, alternating between the schools
        for (int i = 5; i <= staffing.counselorsPerSchool() * 2; i++) {
            int school = (i - 1) % 2;
            counselors.get(school).add(staff("counselor" + i, FIRST[(i * 7) % FIRST.length], LAST[(i * 11) % LAST.length],
                    "COUNSELOR", schools[school]));
        }
        teachersAndSections(areaIds);
        for (int n = 1; n <= students; n++) {
            student(n);
        }
        db.flushAll();
        db.restartIdentities();
    }

    /** Where the demo's people receive mail: the district's domain for staff, the students' own, families' own. */
    private static final Map<String, String> EMAIL_DOMAINS = Map.of("ADMIN", "@district.example.org",
            "TEACHER", "@district.example.org", "COUNSELOR", "@district.example.org",
            "STUDENT", "@students.district.example.org", "GUARDIAN", "@mail.example.org");

    private long school(String code, String name) {
        long id = db.nextId("school");
        db.add("insert into school (id, code, name) values (?, ?, ?)", id, code, name);
        return id;
    }

    private long account(String username, String displayName, String role) {
        long id = db.nextId("user_account");
        db.add("insert into user_account (id, username, password_hash, display_name, role, enabled, email)"
                        + " values (?, ?, ?, ?, ?, true, ?)",
                id, username, passwordHash, displayName, role, username + EMAIL_DOMAINS.get(role));
        return id;
    }

    private long staff(String username, String first, String last, String kind, Long school) {
        long account = account(username, first + " " + last, kind);
        long id = db.nextId("staff_member");
        String email = username + "@district.example.org";
        db.add("insert into staff_member (id, account_id, first_name, last_name, email, kind, school_id, search_first,"
                        + " search_last, search_email) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, account, first, last, email, kind, school, NameSearch.key(first), NameSearch.key(last),
                NameSearch.emailKey(email));
        return id;
    }

    private void teachersAndSections(Map<String, Long> areaIds) {
        String[][] names = {{"Ellen", "Brooks"}, {"Victor", "Alvarez"}, {"Naomi", "Fischer"}, {"Carlos", "Mendes"},
                {"Lucia", "Romero"}, {"Jonah", "Park"}, {"Tessa", "Howard"}};
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < AREAS.length; a++) {
                String area = AREAS[a];
                List<Long> teachers = new ArrayList<>();
                for (int t = 0; t < staffing.teachersPerArea(); t++) {
                    // the first of each area and school is the README's teacher.math / teacher.math2; more only in big districts
                    String username = "teacher." + area.toLowerCase() + (s == 0 ? "" : "2") + (t == 0 ? "" : "." + (t + 1));
                    String[] name = t > 0 ? new String[] {FIRST[(a * 13 + t * 7 + s) % FIRST.length],
                            LAST[(a * 5 + t * 3 + s * 17) % LAST.length]} : s == 0 ? names[a] : names[(a + 3) % names.length];
                    long teacher = staff(username, name[0], s == 0 || t > 0 ? name[1] : name[1] + "-" + LAST[a], "TEACHER",
                            schools[s]);
                    db.add("insert into teacher_content_area (staff_id, content_area_id) values (?, ?)", teacher,
                            areaIds.get(area));
                    teachers.add(teacher);
                }
                for (int grade = 9; grade <= 12; grade++) {
                    for (int k = 0; k < staffing.sectionsPerGrade(); k++) {
                        long teacher = teachers.get(staffing.teacherOf(grade - 9, k));
                        long section = db.nextId("class_section");
                        db.add("insert into class_section (id, code, name, school_year, school_id, teacher_id, content_area_id) values (?, ?, ?, ?, ?, ?, ?)",
                                section, area + "-" + (s == 0 ? "RHS" : "NFA") + "-" + grade + (k == 0 ? "" : "-" + (k + 1)),
                                areaName(area) + " " + grade + (k == 0 ? "" : " (" + (k + 1) + ")"),
                                schoolYearStart.getYear() + "-" + classOfSeniors, schools[s], teacher, areaIds.get(area));
                        sectionByAreaSchoolGrade.put(area + s + "-" + grade + "-" + k, section);
                        teacherBySection.put(area + s + "-" + grade + "-" + k, teacher);
                    }
                }
            }
        }
    }

    private void student(int n) {
        String username = n <= 4 ? new String[] {"student1", "student.senior", "student.struggling", "student.ahead"}[n - 1]
                : "student" + (n - 3);
        int grade = n <= 4 ? new int[] {11, 12, 10, 10}[n - 1] : 9 + random.nextInt(4);
        StudentProfile profile = n <= 4 ? new StudentProfile[] {StudentProfile.ON_TRACK, StudentProfile.NEAR_GRADUATION,
                StudentProfile.STRUGGLING, StudentProfile.AHEAD}[n - 1] : randomProfile(grade);
        int school = n <= 4 ? 0 : random.nextInt(2);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        long account = account(username, first + " " + last, "STUDENT");
        long id = db.nextId("student");
        LocalDate born = LocalDate.of(schoolYearStart.getYear() - 5 - grade, 1, 1).plusDays(random.nextInt(365) + (grade == 12 ? -120 : 0));
        int drawn = n <= 4 ? 0 : random.nextInt(2);   // drawn in every district, so the 200-student demo stays the same
        List<Long> ofSchool = counselors.get(school);
        long counselor = ofSchool.size() == 2 ? ofSchool.get(drawn) : ofSchool.get((n / 2) % ofSchool.size());
        db.add("insert into student (id, account_id, student_number, first_name, last_name, date_of_birth, grade_level, graduation_year, school_id, counselor_id, search_first, search_last) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, account, String.format("S%06d", n), first, last, Date.valueOf(born), grade, classOfSeniors + 12 - grade,
                schools[school], counselor, NameSearch.key(first), NameSearch.key(last));
        teacherOfStudent.clear();
        for (String area : AREAS) {
            String section = area + school + "-" + grade + "-" + (n / 2) % staffing.sectionsPerGrade();
            db.add("insert into section_enrollment (section_id, student_id) values (?, ?)",
                    sectionByAreaSchoolGrade.get(section), id);
            teacherOfStudent.put(area, teacherBySection.get(section));
        }
        // guardian1 is student1's guardian, guardian.senior student.senior's, guardian<k> student<k>'s
        guardian(n, "guardian" + username.substring("student".length()), id, last);
        evidence(id, grade, profile, school);
    }

    private StudentProfile randomProfile(int grade) {
        double r = random.nextDouble();
        if (grade == 12 && r < 0.3) {
            return StudentProfile.NEAR_GRADUATION;
        }
        return r < 0.6 ? StudentProfile.ON_TRACK : r < 0.8 ? StudentProfile.STRUGGLING : StudentProfile.AHEAD;
    }

    private void guardian(int n, String username, long student, String last) {
        String first = FIRST[random.nextInt(FIRST.length)];
        long account = account(username, first + " " + last, "GUARDIAN");
        long id = db.nextId("guardian");
        String email = username + "@mail.example.org";
        db.add("insert into guardian (id, account_id, first_name, last_name, email, phone, search_first, search_last,"
                        + " search_email) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, account, first, last, email, String.format("860-555-%04d", n % 10_000), NameSearch.key(first),
                NameSearch.key(last), NameSearch.emailKey(email));
        db.add("insert into student_guardian (student_id, guardian_id, relationship) values (?, ?, ?)",
                student, id, random.nextBoolean() ? "Mother" : "Father");
    }

    private void evidence(long student, int grade, StudentProfile profile, int school) {
        List<CompetencyView> current = competencies.stream().filter(c -> c.expectedGrade() == grade).toList();
        int stillOpen = profile == StudentProfile.NEAR_GRADUATION ? 1 + random.nextInt(2) : -1;
        for (CompetencyView c : competencies) {
            if (c.expectedGrade() < grade) {
                pastYear(student, c, grade, school, random.nextDouble() < profile.pastMastery,
                        profile == StudentProfile.STRUGGLING);
            } else if (c.expectedGrade() == grade) {
                boolean open = stillOpen > 0 && current.indexOf(c) % Math.max(1, current.size() / stillOpen) == 0;
                thisFall(student, c, school, !open && random.nextDouble() < profile.currentMastery,
                        profile == StudentProfile.STRUGGLING);
            } else if (c.expectedGrade() == grade + 1 && random.nextDouble() < profile.nextYearMastery) {
                thisFall(student, c, school, true, false);
            }
        }
    }

    /** Two competency-level assessments in the year the competency was expected. */
    private void pastYear(long student, CompetencyView c, int grade, int school, boolean mastered,
            boolean struggling) {
        int year = schoolYearStart.getYear() - (grade - c.expectedGrade());
        LocalDate first = LocalDate.of(year, 10, 1).plusDays(random.nextInt(90));
        LocalDate second = first.plusDays(60 + random.nextInt(90));
        int firstLevel = mastered ? 3 : struggling ? 1 : 2;
        int finalLevel = mastered ? 3 + (random.nextDouble() < 0.35 ? 1 : 0) : struggling ? 1 + random.nextInt(2) : 2;
        long e1 = evidenceRow(student, c, school, first, "Performance task", null, null);
        score(e1, null, c.id(), firstLevel);
        long e2 = evidenceRow(student, c, school, second, "Exhibition", null, null);
        score(e2, null, c.id(), finalLevel);
    }

    /** One to three objective-level assessments since September; now and then one is corrected. */
    private void thisFall(long student, CompetencyView c, int school, boolean mastered, boolean struggling) {
        List<ObjectiveView> objectives = objectivesByCompetency.getOrDefault(c.id(), List.of());
        int records = struggling ? 3 : mastered ? 2 : 1 + random.nextInt(2);
        LocalDate day = earliest(schoolYearStart.plusDays(8 + random.nextInt(20)), lastAssessmentDay);
        for (int r = 1; r <= records; r++) {
            boolean last = r == records;
            List<Integer> levels = new ArrayList<>();
            for (int i = 0; i < objectives.size(); i++) {
                levels.add(struggling ? (last ? 1 + random.nextInt(2) : 1)
                        : mastered ? (last ? 3 + (random.nextDouble() < 0.3 ? 1 : 0) : 3)
                        : 2 + (last && random.nextDouble() < 0.4 ? 1 : 0));
            }
            String title = KIND_TITLES[random.nextInt(KIND_TITLES.length)];
            long evidence = evidenceRow(student, c, school, day, title, null, null);
            writeScores(evidence, objectives, levels);
            if (random.nextDouble() < 0.03) {
                levels.set(0, Math.max(mastered && last ? 3 : 1, Math.min(mastered ? 4 : 2, levels.get(0) + (random.nextBoolean() ? 1 : -1))));
                long correction = evidenceRow(student, c, school, day, title, evidence,
                        "Rescored after moderation with the department");
                writeScores(correction, objectives, levels);
            }
            day = earliest(day.plusDays(14 + random.nextInt(14)), lastAssessmentDay);
        }
    }

    private void writeScores(long evidence, List<ObjectiveView> objectives, List<Integer> levels) {
        for (int i = 0; i < objectives.size(); i++) {
            score(evidence, objectives.get(i).id(), null, levels.get(i));
        }
    }

    private long evidenceRow(long student, CompetencyView c, int school, LocalDate on, String titlePrefix,
            Long supersedes, String comment) {
        long id = db.nextId("evidence");
        int kind = random.nextInt(KINDS.length);
        String area = c.areaCode() == null ? "ELA" : c.areaCode();
        db.add("insert into evidence (id, student_id, kind, title, assessed_on, recorded_at, assessor_id, comment, link, supersedes_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, student, KINDS[kind], titlePrefix + ": " + c.title(), Date.valueOf(on),
                Timestamp.valueOf(on.plusDays(1 + random.nextInt(3)).atTime(15, 30)),
                teacherOfStudent.get(area), comment, null, supersedes);
        return id;
    }

    private void score(long evidence, Long objective, Long competency, int level) {
        db.add("insert into evidence_score (id, evidence_id, objective_id, competency_id, level_value) values (?, ?, ?, ?, ?)",
                db.nextId("evidence_score"), evidence, objective, competency, level);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String areaName(String code) {
        return switch (code) {
            case "ELA" -> "English";
            case "MATH" -> "Mathematics";
            case "SCI" -> "Science";
            case "SS" -> "Social Studies";
            case "WL" -> "Spanish";
            case "ART" -> "Arts";
            default -> "PE and Health";
        };
    }
}
