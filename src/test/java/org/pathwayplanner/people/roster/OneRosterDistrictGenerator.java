package org.pathwayplanner.people.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated OneRoster 1.1 district of any size (the benchmark's: 50,000 students in 2,000 classes): ten schools,
 * one teacher for every five classes, each student in grades 6 to 12 with a birth date, one guardian and four classes
 * of their school. Every sourcedId starts with the prefix, so a test can take the district out again.
 */
public final class OneRosterDistrictGenerator {

    static final int SCHOOLS = 10;
    static final int CLASSES_PER_STUDENT = 4;
    private static final String[] GIVEN = {"Ana", "Ben", "Chloé", "Dmitri", "Ebony", "Farid", "Grace", "Hiro", "Ines",
            "Jamal", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tariq"};
    private static final String[] FAMILY = {"Diallo", "Herrera", "Zhao", "Okafor", "Lindqvist", "Nakamura", "Silva",
            "Kowalski", "Nguyen", "Haddad", "Murphy", "Rossi", "Cohen", "Mensah", "Patel", "Dubois"};
    private static final String[] SUBJECTS = {"Mathematics", "English Language Arts", "Science", "Social Studies",
            "World Languages", "Arts", "Robotics"};

    private final int students;
    private final int classes;
    private final String prefix;

    public OneRosterDistrictGenerator(int students, int classes, String prefix) {
        this.students = students;
        this.classes = classes;
        this.prefix = prefix;
    }

    /** The district's CSV files by name. */
    public Map<String, byte[]> files() {
        Random random = new Random(20261207L);
        StringBuilder orgs = new StringBuilder("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
        orgs.append(prefix).append("district,,,Generated District,district,").append(prefix).append("D,\n");
        for (int s = 0; s < SCHOOLS; s++) {
            orgs.append(prefix).append("school-").append(s).append(",,,Generated School ").append(s)
                    .append(",school,").append(prefix).append("SCH").append(s).append(',').append(prefix)
                    .append("district\n");
        }
        String sessions = "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\n"
                + prefix + "year,,,2026-2027,schoolYear,2026-08-24,2027-06-15,,2027\n";
        StringBuilder courses = new StringBuilder("sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,"
                + "grades,orgSourcedId,subjects\n");
        for (int c = 0; c < SUBJECTS.length; c++) {
            courses.append(prefix).append("course-").append(c).append(",,,").append(prefix).append("year,")
                    .append(SUBJECTS[c]).append(",C").append(c).append(",,").append(prefix).append("district,\"")
                    .append(SUBJECTS[c]).append("\"\n");
        }
        int teachers = Math.max(SCHOOLS, classes / 5);
        StringBuilder users = new StringBuilder("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,"
                + "username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
                + "password\n");
        for (int t = 0; t < teachers; t++) {
            users.append(prefix).append("t-").append(t).append(",,,true,").append(prefix).append("school-")
                    .append(t % SCHOOLS).append(",teacher,").append(prefix).append("teacher").append(t).append(",,")
                    .append(GIVEN[t % GIVEN.length]).append(',').append(FAMILY[t % FAMILY.length])
                    .append(",,T").append(t).append(",,,,,,\n");
        }
        StringBuilder classRows = new StringBuilder("sourcedId,status,dateLastModified,title,grades,courseSourcedId,"
                + "classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n");
        StringBuilder enrollments = new StringBuilder("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
                + "userSourcedId,role,primary,beginDate,endDate\n");
        long enrollment = 0;
        for (int c = 0; c < classes; c++) {
            int school = c % SCHOOLS;
            int course = c % SUBJECTS.length;
            classRows.append(prefix).append("class-").append(c).append(",,,").append(SUBJECTS[course]).append(" ")
                    .append(c).append(",,").append(prefix).append("course-").append(course).append(",")
                    .append(prefix).append("CL").append(c).append(",scheduled,,").append(prefix).append("school-")
                    .append(school).append(',').append(prefix).append("year,,,\n");
            int teacher = (c / SCHOOLS) % (teachers / SCHOOLS) * SCHOOLS + school;
            enrollments.append(prefix).append("e-").append(enrollment++).append(",,,").append(prefix).append("class-")
                    .append(c).append(',').append(prefix).append("school-").append(school).append(',').append(prefix)
                    .append("t-").append(teacher).append(",teacher,true,,\n");
        }
        StringBuilder demographics = new StringBuilder("sourcedId,status,dateLastModified,birthDate,sex\n");
        int classesPerSchool = classes / SCHOOLS;
        for (int n = 0; n < students; n++) {
            int school = n % SCHOOLS;
            int grade = 6 + random.nextInt(7);
            String student = prefix + "s-" + n;
            String guardian = prefix + "g-" + n;
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            users.append(student).append(",,,true,").append(prefix).append("school-").append(school)
                    .append(",student,").append(prefix).append("student").append(n).append(",,").append(given)
                    .append(',').append(family).append(",,").append(prefix).append(n).append(",,,,")
                    .append(guardian).append(',').append(String.format("%02d", grade)).append(",\n");
            users.append(guardian).append(",,,true,").append(prefix).append("school-").append(school)
                    .append(",parent,").append(prefix).append("parent").append(n).append(",,")
                    .append(GIVEN[random.nextInt(GIVEN.length)]).append(',').append(family)
                    .append(",,,parent").append(n).append("@example.org,,860-555-0100,").append(student).append(",,\n");
            LocalDate born = LocalDate.of(2026 - 5 - grade, 1, 1).plusDays(random.nextInt(365));
            demographics.append(student).append(",,,").append(born).append(",other\n");
            int first = random.nextInt(classesPerSchool);
            for (int k = 0; k < CLASSES_PER_STUDENT; k++) {
                int c = ((first + k * (classesPerSchool / CLASSES_PER_STUDENT)) % classesPerSchool) * SCHOOLS + school;
                enrollments.append(prefix).append("e-").append(enrollment++).append(",,,").append(prefix)
                        .append("class-").append(c).append(',').append(prefix).append("school-").append(school)
                        .append(',').append(student).append(",student,false,,\n");
            }
        }
        String manifest = """
                propertyName,value
                manifest.version,1.0
                oneroster.version,1.1
                file.academicSessions,bulk
                file.classes,bulk
                file.courses,bulk
                file.demographics,bulk
                file.enrollments,bulk
                file.orgs,bulk
                file.users,bulk
                source.systemName,OneRosterDistrictGenerator
                """;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.csv", bytes(manifest));
        files.put("orgs.csv", bytes(orgs));
        files.put("academicSessions.csv", bytes(sessions));
        files.put("courses.csv", bytes(courses));
        files.put("classes.csv", bytes(classRows));
        files.put("users.csv", bytes(users));
        files.put("enrollments.csv", bytes(enrollments));
        files.put("demographics.csv", bytes(demographics));
        return files;
    }

    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
