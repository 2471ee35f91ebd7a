package org.pathwayplanner.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one transcript shows, assembled once and rendered as the page, the printout and the PDF alike;
 * {@code rulesVersion} is the number of the published rules that decided it (none for rules never published).
 */
public record TranscriptDocument(Issuer issuer, Learner learner, LocalDate issuedOn, Integer rulesVersion,
        Credits credits, List<AreaSection> areas, int competenciesInProgress, List<PathwayLine> pathways,
        List<ScaleLevel> scale, List<String> methods) {

    /** The district and school that issue it. */
    public record Issuer(String district, String districtAddress, String districtWebsite, String school) {
    }

    public record Learner(long studentId, String name, String studentNumber, LocalDate dateOfBirth, int gradeLevel,
            int graduationYear) {
    }

    /** Credits earned against the graduation requirement, by area ("Humanities 7 / 9"). */
    public record Credits(BigDecimal earned, BigDecimal required, String status, List<AreaCredits> areas) {
    }

    public record AreaCredits(String areaCode, String areaName, BigDecimal earned, BigDecimal required,
            String includedInName) {
    }

    /** The competencies mastered in one content area, or the cross-curricular ones (no area code). */
    public record AreaSection(String areaCode, String areaName, List<CompetencyLine> competencies) {
    }

    /** One mastered competency: the level reached, when, and the evidence that showed it. */
    public record CompetencyLine(long id, String code, String title, String levelLabel, LocalDate masteredOn,
            String method, List<EvidenceLine> evidence) {
    }

    public record EvidenceLine(String title, String kind, LocalDate assessedOn) {
    }

    /** A completed flexible pathway: where, how long, what the mentor said, what it showed. */
    public record PathwayLine(String title, String kind, String provider, LocalDate startDate, LocalDate endDate,
            BigDecimal hours, BigDecimal credits, String creditArea, String mentorName, String mentorRating,
            String mentorComment, List<String> competencies) {
    }

    /** A level of the district's proficiency scale, and whether it counts as mastery. */
    public record ScaleLevel(int level, String label, String description, boolean mastery) {
    }

    public int competenciesMastered() {
        return areas.stream().mapToInt(a -> a.competencies().size()).sum();
    }

    /** The file name of its PDF: {@code transcript-S000123.pdf}. */
    public String fileName() {
        return "transcript-" + learner.studentNumber().replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf";
    }
}
