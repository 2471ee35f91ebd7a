package org.pathwayplanner.notifications;

import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.security.SignInLinks;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The application's outbox, sending to the test's GreenMail SMTP server (the shared test district configures none),
 * with only the e-mail of what the test itself causes: e-mail other tests left waiting is set aside first.
 */
final class GreenMailOutbox {

    private GreenMailOutbox() {
    }

    static MailOutbox of(ApplicationContext application) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mail", sender);
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        jdbc.update("update notification set email_state = 'NONE' where email_state in ('PENDING', 'DIGEST')");
        return new MailOutbox(jdbc, beans.getBeanProvider(JavaMailSender.class), application.getBean(Accounts.class),
                application.getBean(NotificationInbox.class), application.getBean(NotificationText.class),
                application.getBean(NotificationSettings.class), application.getBean(Clock.class),
                application.getBean(SignInLinks.class));
    }
}
