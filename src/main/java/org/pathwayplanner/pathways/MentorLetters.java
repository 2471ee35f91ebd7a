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
 * E-mails a mentor their link once the invitation (or the new link) is committed. A mentor has no account, so this is
 * not a notification of anyone's inbox: the link goes only to the invited address. Without an SMTP server the e-mail
 * is not sent (the log says so) and the school re-sends the link once one is configured.
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
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Mentor link for {} not e-mailed: no SMTP server is configured (spring.mail.host)", link.email());
            return;
        }
        try {
            sender.send(letter(link, Locale.ENGLISH));
        } catch (MailException e) {
            log.warn("Mentor link for {} not e-mailed: {}", link.email(), e.getMessage());
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

    String url(MentorLinkIssued link) {
        return publicUrl + "/mentor/link?token=" + link.token();
    }
}
