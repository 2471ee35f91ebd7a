package org.pathwayplanner.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule for the date evidence was assessed on: not after today in the district's time zone (the application
 * clock's zone), and not before the district's earliest evidence date ({@code pathway-planner.evidence.earliest-date},
 * 2000-01-01 unless set), so that a mistyped year (0001, 0202, 1925) is refused rather than recorded.
 */
@Component
class AssessmentDates {

    static final String FIELD = "assessedOn";

    private final Clock clock;
    private final LocalDate earliest;

    AssessmentDates(Clock clock, @Value("${pathway-planner.evidence.earliest-date:2000-01-01}") String earliest) {
        this.clock = clock;
        this.earliest = LocalDate.parse(earliest);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Why evidence may not carry this date, if it may not. */
    Optional<EvidenceRefused> refusalOf(LocalDate assessedOn) {
        if (assessedOn == null) {
            return Optional.of(new EvidenceRefused(FIELD, "evidence.error.noDate", "Evidence needs the date it was assessed"));
        }
        if (assessedOn.isAfter(today())) {
            return Optional.of(new EvidenceRefused(FIELD, "evidence.error.futureDate",
                    "The assessment date " + assessedOn + " is in the future"));
        }
        if (assessedOn.isBefore(earliest)) {
            return Optional.of(new EvidenceRefused(FIELD, "evidence.error.dateTooEarly",
                    "The assessment date " + assessedOn + " is before " + earliest
                            + ", the earliest date the district accepts for evidence", earliest.toString()));
        }
        return Optional.empty();
    }

    /** @throws EvidenceRefused when evidence may not carry this date */
    void check(LocalDate assessedOn) {
        Optional<EvidenceRefused> refusal = refusalOf(assessedOn);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }
}
