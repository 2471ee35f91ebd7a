package org.pathwayplanner.transcript.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The demo district's people around student1, a request to a college, and an SMTP server that keeps what it gets. */
final class ReleaseFixtures {

    static final Viewer STUDENT = new Viewer("student1", Role.STUDENT);
    static final Viewer GUARDIAN = new Viewer("guardian1", Role.GUARDIAN);
    static final Viewer COUNSELOR = new Viewer("counselor1", Role.COUNSELOR);
    static final Viewer OTHER_COUNSELOR = new Viewer("counselor2", Role.COUNSELOR);
    static final Viewer TEACHER = new Viewer("teacher.math", Role.TEACHER);
    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN);
    private static final Pattern LINK = Pattern.compile("/released/([A-Za-z0-9_-]{43})");

    private ReleaseFixtures() {
    }

    static long student1(PeopleDirectory people) {
        return people.studentOfAccount("student1").orElseThrow().id();
    }

    static ReleaseRequest toStateCollege() {
        return new ReleaseRequest("Dr. Maya Okafor", "Connecticut State College", "admissions@ctstate.example",
                "College application", "Please send before the January deadline");
    }

    static final Locale EN = Locale.ENGLISH;

    /** An SMTP server stand-in: keeps each message instead of sending it. */
    static final class Outbox extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = new ArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }

        /** The token of the link in the last e-mail to this address. */
        String tokenSentTo(String address) {
            for (int i = sent.size() - 1; i >= 0; i--) {
                SimpleMailMessage m = sent.get(i);
                if (m.getTo() != null && List.of(m.getTo()).contains(address)) {
                    Matcher link = LINK.matcher(m.getText());
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            throw new AssertionError("No link was e-mailed to " + address);
        }
    }
}
