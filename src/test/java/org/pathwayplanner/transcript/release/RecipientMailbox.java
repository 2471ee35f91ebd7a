package org.pathwayplanner.transcript.release;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (the browser journey): delivers the recipients' e-mails due to a stand-in SMTP server
 * and answers the token of the link e-mailed to an address, as the recipient would find it in their mailbox.
 */
public final class RecipientMailbox {

    private RecipientMailbox() {
    }

    public static String deliverAndReadLinkTo(ApplicationContext application, String address) {
        ReleaseFixtures.Outbox smtp = new ReleaseFixtures.Outbox();
        application.getBean(RecipientMail.class).send(smtp);
        return smtp.tokenSentTo(address);
    }
}
