package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mentor's e-mails: to the invited address only, naming the student and the pathway, with the one-time link or
 * the training agreement to sign.
 */
class MentorLettersTest {

    private final MentorLetters letters = new MentorLetters(new DefaultListableBeanFactory()
            .getBeanProvider(JavaMailSender.class), messages(), "https://planner.riverside.example.org",
            "pathways@riverside.example.org");

    private final MentorLinkIssued issued = new MentorLinkIssued("lortiz@hospital.example.org", "Dr. Lena Ortiz",
            "Ana Rivera", "Hospital laboratory internship", "tok3n", Instant.parse("2026-12-14T10:00:00Z"));

    @Test
    void theLetterGoesToTheMentorWithTheLinkAndUntilWhenItWorks() {
        SimpleMailMessage letter = letters.letter(issued, Locale.ENGLISH);

        assertThat(letter.getTo()).containsExactly("lortiz@hospital.example.org");
        assertThat(letter.getFrom()).isEqualTo("pathways@riverside.example.org");
        assertThat(letter.getSubject()).isEqualTo("You are invited as the mentor of Ana Rivera");
        assertThat(letter.getText()).contains("Hello Dr. Lena Ortiz,")
                .contains("the pathway \"Hospital laboratory internship\"")
                .contains("https://planner.riverside.example.org/mentor/link?token=tok3n")
                .contains("until 2026-12-14T10:00:00Z");
    }

    @Test
    void theAgreementLetterAsksTheMentorToSignAndTheReminderSaysItIsOne() {
        TrainingAgreementAwaits awaits = new TrainingAgreementAwaits(7, 42, "Hospital laboratory internship",
                "Ana Rivera", List.of("counselor1"), "Dr. Lena Ortiz", "lortiz@hospital.example.org", false);

        SimpleMailMessage letter = letters.letter(awaits, Locale.ENGLISH);

        assertThat(letter.getTo()).containsExactly("lortiz@hospital.example.org");
        assertThat(letter.getSubject()).isEqualTo("The training agreement of Ana Rivera waits for your signature");
        assertThat(letter.getText()).contains("Hello Dr. Lena Ortiz,")
                .contains("the pathway \"Hospital laboratory internship\"")
                .contains("https://planner.riverside.example.org/mentor/agreement");
        assertThat(letters.letter(new TrainingAgreementAwaits(7, 42, "Hospital laboratory internship", "Ana Rivera",
                List.of(), "Dr. Lena Ortiz", "lortiz@hospital.example.org", true), Locale.ENGLISH).getSubject())
                .startsWith("Reminder: ");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
