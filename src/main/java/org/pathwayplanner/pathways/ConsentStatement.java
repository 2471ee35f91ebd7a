package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a guardian consents to when they consent to a pathway: who, what, where, when, how long, how the student
 * gets there and back, and under whose supervision. The page shows it in the reader's language (message key
 * {@value #KEY} with {@link #arguments()}, then the transport by {@link #transportKey()}); the timeline records it
 * in words, so the record says what was agreed to, not only that something was.
 */
public record ConsentStatement(String studentName, String title, String provider, LocalDate startDate,
        LocalDate endDate, BigDecimal plannedHours, boolean offCampus, String supervisor, Transport transport,
        String transportNote) {

    public static final String KEY = "tasks.consentStatement";

    static ConsentStatement of(PathwayProposal proposal, String studentName) {
        return new ConsentStatement(studentName, proposal.getTitle(), proposal.getProvider(), proposal.getStartDate(),
                proposal.getEndDate(), proposal.getPlannedHours(), proposal.isOffCampus(), supervisorOf(
                        proposal.getMentorName(), proposal.getMentorContact()), proposal.getTransport(),
                proposal.getTransportNote());
    }

    public static ConsentStatement of(PathwayViews.ProposalView proposal) {
        return new ConsentStatement(proposal.studentName(), proposal.title(), proposal.provider(), proposal.startDate(),
                proposal.endDate(), proposal.plannedHours(), proposal.offCampus(),
                supervisorOf(proposal.mentorName(), proposal.mentorContact()), proposal.transport(),
                proposal.transportNote());
    }

    private static String supervisorOf(String mentor, String contact) {
        if (mentor == null || mentor.isBlank()) {
            return "—";
        }
        return contact == null || contact.isBlank() ? mentor : mentor + " (" + contact + ")";
    }

    public Object[] arguments() {
        return new Object[] {studentName, title, provider == null ? "—" : provider, startDate, endDate,
                Hours.plain(plannedHours), offCampus ? 1 : 0, supervisor};
    }

    /**
     * The name of the way there in the reader's language: {@code pathways.transport.<name>}, or
     * {@code pathways.transport.none} off campus when the proposal predates the question; null on campus.
     */
    public String transportKey() {
        if (!offCampus) {
            return null;
        }
        return "pathways.transport." + (transport == null ? "none" : transport.name());
    }

    /** The statement as the timeline keeps it. */
    String inWords() {
        return studentName + " takes part in \"" + title + "\" with " + (provider == null ? "—" : provider)
                + (offCampus ? ", off campus" : ", on campus") + ", from " + startDate + " to " + endDate + ", about "
                + Hours.plain(plannedHours).toPlainString() + " hours, supervised by " + supervisor
                + (offCampus ? ", travel: " + (transport == null ? "not stated" : transport.inWords())
                        + (transportNote == null ? "" : " (" + transportNote + ")") : "");
    }
}
