package org.pathwayplanner.evidence;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which evidence a person may correct, for pages that offer the correction ({@link EvidencePolicy} decides). */
@Service
public class EvidenceCorrections {

    private final EvidencePolicy policy;

    EvidenceCorrections(EvidencePolicy policy) {
        this.policy = policy;
    }

    /** Those of {@code evidenceIds} the viewer may correct. */
    @Transactional(readOnly = true)
    public Set<Long> correctableBy(Viewer viewer, Collection<Long> evidenceIds) {
        return evidenceIds.stream().filter(id -> policy.mayCorrect(viewer, id) instanceof EvidencePolicy.Allowed)
                .collect(Collectors.toSet());
    }
}
