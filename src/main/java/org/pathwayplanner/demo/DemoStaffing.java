package org.pathwayplanner.demo;

/**
 * How many adults a demo district of this size has, so that a big district looks like a real one: a counselor per
 * {@value #STUDENTS_PER_COUNSELOR} students (at least two per school, the README's {@code counselor1..4}), a section
 * of at most {@value #STUDENTS_PER_SECTION} students per content area and grade, and a teacher per
 * {@value #SECTIONS_PER_TEACHER} sections of an area (at least one per area and school). The demo's two schools share
 * the students evenly, and grades 9 to 12 the students of a school. Up to 1,600 students nobody is added: the
 * default 200-student demo keeps its named accounts and nothing else.
 */
record DemoStaffing(int counselorsPerSchool, int sectionsPerGrade, int teachersPerArea) {

    static final int SCHOOLS = 2;
    static final int GRADES = 4;
    static final int STUDENTS_PER_COUNSELOR = 400;
    static final int STUDENTS_PER_SECTION = 30;
    static final int SECTIONS_PER_TEACHER = 5;

    static DemoStaffing forStudents(int students) {
        int perSchool = ceil(students, SCHOOLS);
        int sectionsPerGrade = Math.max(1, ceil(ceil(perSchool, GRADES), STUDENTS_PER_SECTION));
        return new DemoStaffing(Math.max(2, ceil(perSchool, STUDENTS_PER_COUNSELOR)), sectionsPerGrade,
                Math.max(1, ceil(sectionsPerGrade * GRADES, SECTIONS_PER_TEACHER)));
    }

    /** The teacher (0-based, within the area and school) who teaches this section of this grade (0 to 3). */
    int teacherOf(int gradeIndex, int section) {
        return (gradeIndex * sectionsPerGrade + section) % teachersPerArea;
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
