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
 * E-mails the mentor (who has no account, so no notifications) that the training agreement waits for their signature,
 * when it is generated and at each reminder, once that is committed: the same way as their invitation
 * ({@link MentorLetters}). Without an SMTP server nothing is sent (the log says so).
 */
@Component
class AgreementLetters {

    private static final Logger log = LoggerFactory.getLogger(AgreementLetters.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String publicUrl;
    private final String from;

    AgreementLetters(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${pathway-planner.notifications.public-url:http://localhost:8080}") String publicUrl,
            @Value("${pathway-planner.notifications.from:pathway-planner@localhost}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.from = from;
    }

    @TransactionalEventListener
    void send(TrainingAgreementAwaits awaits) {
        if (awaits.mentorEmail() == null) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Training agreement for {} not e-mailed: no SMTP server is configured (spring.mail.host)",
                    awaits.mentorEmail());
            return;
        }
        try {
            sender.send(letter(awaits, Locale.ENGLISH));
        } catch (MailException e) {
            log.warn("Training agreement for {} not e-mailed: {}", awaits.mentorEmail(), e.getMessage());
        }
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
}
