package org.pathwayplanner.attachments;

import org.pathwayplanner.people.Viewer;

/** Who attaches a file: a district account, or a pathway's mentor (who has no account). */
public sealed interface Uploader {

    /** What the file's line says about who attached it. */
    String identity();

    String kind();

    /** A student, teacher or administrator signed in: {@link PathwayFiles} checks what they may do. */
    record Account(Viewer viewer) implements Uploader {
        @Override
        public String identity() {
            return viewer.username();
        }

        @Override
        public String kind() {
            return viewer.role().name();
        }
    }

    /**
     * A pathway's mentor, identified by the e-mail address their invitation went to. The mentors' feature, which
     * checks that the mentor's link names this pathway of this student and that it is active, passes both.
     */
    record Mentor(String email, String name, long studentId, String pathwayTitle) implements Uploader {
        @Override
        public String identity() {
            return name == null || name.isBlank() ? email : name + " <" + email + ">";
        }

        @Override
        public String kind() {
            return "MENTOR";
        }
    }
}
