package org.pathwayplanner.pathways;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails a mentor once what concerns them is committed: their link (the invitation or a new link), and the training
 * agreement waiting for their signature (when it is generated and at each reminder). A mentor has no account, so this
 * is not a notification of anyone's inbox: the letter goes only to the invited address. Without an SMTP server nothing
 * is sent (the log says so) and the school re-sends the link once one is configured.
 */
@Component
class MentorLetters {

    private static final Logger log = LoggerFactory.getLogger(MentorLetters.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String publicUrl;
    private final String from;

    MentorLetters(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${pathway-planner.notifications.public-url:http://localhost:8080}") String publicUrl,
            @Value("${pathway-planner.notifications.from:pathway-planner@localhost}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.from = from;
    }

    @TransactionalEventListener
    void send(MentorLinkIssued link) {
        post(letter(link, Locale.ENGLISH), "Mentor link");
    }

    @TransactionalEventListener
    void send(TrainingAgreementAwaits awaits) {
        if (awaits.mentorEmail() != null) {
            post(letter(awaits, Locale.ENGLISH), "Training agreement");
        }
    }

    private void post(SimpleMailMessage letter, String what) {
        String to = String.join(", ", letter.getTo());
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("{} for {} not e-mailed: no SMTP server is configured (spring.mail.host)", what, to);
            return;
        }
        try {
            sender.send(letter);
        } catch (MailException e) {
            log.warn("{} for {} not e-mailed: {}", what, to, e.getMessage());
        }
    }

    SimpleMailMessage letter(MentorLinkIssued link, Locale locale) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(link.email());
        message.setSubject(messages.getMessage("mentor.mail.subject", new Object[] {link.studentName()}, locale));
        message.setText(messages.getMessage("mentor.mail.body", new Object[] {link.mentorName(), link.studentName(),
                link.pathwayTitle(), url(link), link.expiresAt().toString()}, locale));
        return message;
    }

    SimpleMailMessage letter(TrainingAgreementAwaits awaits, Locale locale) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(awaits.mentorEmail());
        message.setSubject(messages.getMessage(awaits.reminder() ? "agreement.mail.reminderSubject"
                : "agreement.mail.subject", new Object[] {awaits.studentName()}, locale));
        message.setText(messages.getMessage("agreement.mail.body", new Object[] {awaits.mentorName(),
                awaits.studentName(), awaits.proposalTitle(), publicUrl + "/mentor/agreement"}, locale));
        return message;
    }

    String url(MentorLinkIssued link) {
        return publicUrl + "/mentor/link?token=" + link.token();
    }
}
