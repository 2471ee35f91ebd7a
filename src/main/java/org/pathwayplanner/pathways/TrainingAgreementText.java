package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.rules.PathwayKinds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a training agreement's text from the approved proposal and its parties, in the district's language
 * ({@code pathway-planner.agreements.language}, English by default): parties, dates, hours, schedule, supervision,
 * target competencies, evidence and the district's safety statement ({@code agreement.text.safety}). The text is
 * written once, when the agreement is generated, and never again for that agreement.
 */
@Component
class TrainingAgreementText {

    /** The people the agreement names; {@code guardians} empty when the student is not a minor. */
    record Named(StudentView student, List<String> guardians, String mentorName, String organisation,
            String mentorEmail, String coordinatorName, String schoolName) {
    }

    private final MessageSource messages;
    private final FrameworkCatalog framework;
    private final PathwayKinds kinds;
    private final Locale language;

    TrainingAgreementText(MessageSource messages, FrameworkCatalog framework, PathwayKinds kinds,
            @Value("${pathway-planner.agreements.language:en}") String language) {
        this.messages = messages;
        this.framework = framework;
        this.kinds = kinds;
        this.language = Locale.forLanguageTag(language);
    }

    String of(PathwayProposal proposal, Named named) {
        List<String> lines = new ArrayList<>();
        lines.add(say("agreement.text.title"));
        lines.add(say("agreement.text.intro"));
        lines.add("");
        lines.add(say("agreement.text.pathway", proposal.getTitle(), kinds.nameOf(proposal.getPathwayType().code()),
                blankAs(proposal.getProvider(), named.organisation())));
        lines.add(say("agreement.text.student", named.student().fullName(), named.student().gradeLevel(),
                named.schoolName()));
        if (!named.guardians().isEmpty()) {
            lines.add(say("agreement.text.guardian", String.join(" / ", named.guardians())));
        }
        lines.add(say("agreement.text.mentor", named.mentorName(), named.organisation(), named.mentorEmail()));
        lines.add(say("agreement.text.coordinator", named.coordinatorName(), named.schoolName()));
        lines.add("");
        lines.add(say("agreement.text.dates", String.valueOf(proposal.getStartDate()),
                String.valueOf(proposal.getEndDate())));
        BigDecimal hours = proposal.getPlannedHours() == null ? BigDecimal.ZERO : proposal.getPlannedHours();
        lines.add(say("agreement.text.hours", Hours.plain(hours)));
        long weeks = weeks(proposal);
        lines.add(say("agreement.text.schedule", Hours.plain(hours.divide(BigDecimal.valueOf(weeks), 1,
                RoundingMode.HALF_UP)), weeks));
        if (proposal.getTransportNote() != null && !proposal.getTransportNote().isBlank()) {
            lines.add(say("agreement.text.travel", proposal.getTransportNote().strip()));
        }
        lines.add(say("agreement.text.supervision", named.mentorName(), named.organisation(),
                named.coordinatorName()));
        lines.add("");
        lines.add(say("agreement.text.competencies"));
        proposal.getCompetencyIds().stream().sorted().map(framework::competency).flatMap(java.util.Optional::stream)
                .forEach(c -> lines.add(say("agreement.text.competency", c.code(), c.title())));
        if (proposal.getEvidencePlan() != null && !proposal.getEvidencePlan().isBlank()) {
            lines.add(say("agreement.text.evidence", proposal.getEvidencePlan().strip()));
        }
        lines.add("");
        lines.add(say("agreement.text.safety"));
        lines.add("");
        lines.add(say("agreement.text.signing"));
        return String.join("\n", lines);
    }

    /** Whole weeks the pathway spans, at least one. */
    private static long weeks(PathwayProposal proposal) {
        if (proposal.getStartDate() == null || proposal.getEndDate() == null) {
            return 1;
        }
        long days = ChronoUnit.DAYS.between(proposal.getStartDate(), proposal.getEndDate()) + 1;
        return Math.max(1, (days + 6) / 7);
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String blankAs(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
