package org.pathwayplanner.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    boolean existsBySupersedesId(long evidenceId);

    List<Evidence> findByStudentIdOrderByAssessedOnDescIdDesc(long studentId);
}
