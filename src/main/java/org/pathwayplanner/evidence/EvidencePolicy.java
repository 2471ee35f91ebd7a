package org.pathwayplanner.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may record and who may correct a student's evidence.
 * <ul>
 * <li>A class covers the competencies of its content area and every cross-curricular competency (those are assessed in
 * any subject). A teacher records evidence on the class grid of their own section, for the students enrolled in it,
 * against a competency the class covers.</li>
 * <li>Evidence may be corrected by an administrator; by its assessor (a teacher); or by a teacher who teaches the
 * student in a class covering every competency the evidence scores. Evidence scoring a learning objective no longer in
 * use (it or its competency retired) may be corrected only by its assessor or an administrator.</li>
 * </ul>
 */
@Component
class EvidencePolicy {

    /** The answer: allowed, or refused with a reason for the person asking. */
    sealed interface Decision permits Allowed, Refused {
    }

    record Allowed() implements Decision {
    }

    record Refused(String reason) implements Decision {
    }

    private final EvidenceRepository evidence;
    private final FrameworkCatalog framework;
    private final PeopleDirectory people;
    private final StudentAccess access;

    EvidencePolicy(EvidenceRepository evidence, FrameworkCatalog framework, PeopleDirectory people,
            StudentAccess access) {
        this.evidence = evidence;
        this.framework = framework;
        this.people = people;
        this.access = access;
    }

    /**
     * The competencies in use that the class covers, those of its content area first, then the cross-curricular
     * ones: what its teacher may record evidence against on the class grid.
     */
    List<CompetencyView> competenciesCoveredBy(SectionView section) {
        Map<String, Long> areaIds = areaIds();
        List<CompetencyView> competencies = framework.competencies();
        List<CompetencyView> covered = new ArrayList<>(competencies.stream().filter(c -> c.areaCode() != null
                && section.contentAreaId() != null && section.contentAreaId().equals(areaIds.get(c.areaCode())))
                .toList());
        covered.addAll(competencies.stream().filter(c -> c.areaCode() == null).toList());
        return covered;
    }

    Decision mayCorrect(Viewer viewer, long evidenceId) {
        Evidence original = evidence.findWithScores(evidenceId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No evidence " + evidenceId));
        if (viewer.role() == Role.ADMIN) {
            return new Allowed();
        }
        if (viewer.role() != Role.TEACHER) {
            return new Refused("Only the assessor, a teacher of the subject who teaches this student, or an "
                    + "administrator may correct evidence.");
        }
        Optional<Long> staffId = people.staffOfAccount(viewer.username()).map(s -> s.id());
        if (original.getAssessorId() != null && staffId.isPresent() && original.getAssessorId().equals(staffId.get())) {
            return new Allowed();
        }
        Optional<Set<String>> areas = areaCodesScored(original);
        if (areas.isEmpty()) {
            return new Refused("This evidence scores a learning objective no longer in use; only its assessor or an "
                    + "administrator may correct it.");
        }
        Map<String, Long> areaIds = areaIds();
        for (String areaCode : areas.get()) {
            boolean teaches = areaCode == null
                    ? access.maySee(viewer.username(), Role.TEACHER, original.getStudentId())
                    : areaIds.containsKey(areaCode)
                            && access.teachesInArea(viewer.username(), original.getStudentId(), areaIds.get(areaCode));
            if (!teaches) {
                return new Refused(areaCode == null
                        ? "Only a teacher of this student, its assessor or an administrator may correct this evidence."
                        : "Only a teacher of this subject who teaches this student, its assessor or an administrator "
                                + "may correct this evidence.");
            }
        }
        return new Allowed();
    }

    /**
     * The content area codes of the competencies the evidence scores (null standing for cross-curricular), or empty
     * when one of them cannot be told.
     */
    private Optional<Set<String>> areaCodesScored(Evidence scored) {
        Map<Long, Long> competencyOfObjective = new HashMap<>();
        framework.objectives().forEach(o -> competencyOfObjective.put(o.id(), o.competencyId()));
        Set<String> areas = new LinkedHashSet<>();
        for (EvidenceScore score : scored.getScores()) {
            Long competencyId = score.getObjectiveId() != null ? competencyOfObjective.get(score.getObjectiveId())
                    : score.getCompetencyId();
            Optional<CompetencyView> competency = competencyId == null ? Optional.empty()
                    : framework.competency(competencyId);
            if (competency.isEmpty()) {
                return Optional.empty();
            }
            areas.add(competency.get().areaCode());
        }
        return Optional.of(areas);
    }

    private Map<String, Long> areaIds() {
        Map<String, Long> ids = new HashMap<>();
        framework.allAreas().forEach((AreaView a) -> ids.put(a.code(), a.id()));
        return ids;
    }
}
